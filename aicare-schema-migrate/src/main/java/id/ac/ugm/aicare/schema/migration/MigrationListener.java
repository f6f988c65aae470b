package id.ac.ugm.aicare.schema.migration;

/**
 * Sees every SQL statement a {@link SchemaMigrator} sends (catalog reads included) and every
 * operation's outcome: for logging, dry-run reports and tests.
 */
public interface MigrationListener {

    MigrationListener NONE = new MigrationListener() {
    };

    /** Just before a statement is sent. */
    default void beforeStatement(String sql) {
    }

    /** Just after a statement succeeded. */
    default void afterStatement(String sql) {
    }

    /** After an operation finished. */
    default void outcome(String operation, Outcome outcome) {
    }
}
