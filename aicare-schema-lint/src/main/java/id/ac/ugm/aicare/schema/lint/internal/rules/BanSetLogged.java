package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** {@code ALTER TABLE ... SET LOGGED} (or {@code UNLOGGED}) rewrites the whole table, and SET LOGGED writes it all to the WAL, under an ACCESS EXCLUSIVE lock. */
public final class BanSetLogged implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-set-logged", RuleCategory.ONLINE_SAFETY,
            Severity.WARNING,
            "SET LOGGED or SET UNLOGGED rewrites the table while blocking its reads and writes",
            "create the table with the persistence it needs, or switch it in a maintenance window");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        TableRewrites.report(script, hits, TableRewrites.Kind.SET_LOGGED, DEFINITION, rewrite -> "SET LOGGED/UNLOGGED on" + TableRewrites.target(rewrite) + " rewrites the table while blocking its reads and writes");
    }
}
