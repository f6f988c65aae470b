package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.util.List;

/**
 * A difference diff cannot write as a step (a trigger, a policy, a generated column, a reordered
 * enum label...). It is never left out silently: the Java form calls a method that does not exist,
 * so the file does not compile, and the SQL form raises an error, until the author writes the step.
 *
 * @param object what it is about, e.g. {@code journal_entries.journal_entries_audit}
 * @param what   the difference and why diff cannot write it, one line
 */
record NotExpressed(String object, String what) implements Step {

    @Override
    public Phase phase() {
        return Phase.NOT_EXPRESSED;
    }

    @Override
    public String summary() {
        return object + ": " + what;
    }

    @Override
    public List<String> java() {
        return List.of("// NOT WRITTEN: " + JavaText.comment(summary()),
                "// Write this step by hand (schema.connection() is the JDBC connection), then delete these lines.",
                JavaText.placeholder("NOT_WRITTEN", object) + "();");
    }

    @Override
    public List<String> sql() {
        return List.of(Sql.comment("NOT WRITTEN: " + summary()),
                Sql.comment("Write this step by hand, then delete the DO block below."),
                Sql.raise("diff could not write a step for " + object + "; write it by hand first"));
    }

    @Override
    public boolean needsFillingIn() {
        return true;
    }
}
