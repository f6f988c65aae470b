package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.util.List;

/**
 * One change of the written migration, rendered in both forms from one place: as helper calls of
 * a Java migration and as SQL statements with their guards.
 */
public interface Step {

    Phase phase();

    /** One line for the summary, e.g. {@code add column journal_entries.mood smallint}. */
    String summary();

    /** Java statements (and {@code //} comments) on {@code schema}, one per element, without indentation. */
    List<String> java();

    /** SQL statements with their guards (and {@code --} comments), one element each, each ending with {@code ;}. */
    List<String> sql();

    /** Whether the step changes something that exists already (and so wants to run outside a transaction). */
    default boolean changesExistingObject() {
        return true;
    }

    /** Whether the author must fill something in before the migration compiles or runs. */
    default boolean needsFillingIn() {
        return false;
    }
}
