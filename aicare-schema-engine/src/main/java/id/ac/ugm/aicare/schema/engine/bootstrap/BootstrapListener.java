package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import java.time.Duration;
import java.util.List;

/**
 * Progress of {@code init} and {@code migrate}, as it happens. Every method does nothing by default;
 * {@link ProgressPrinter} turns the events into lines of text. Calls come from the thread that runs
 * the operation, inside its transaction: a slow listener holds the schema lock longer.
 */
public interface BootstrapListener {

    /** Ignores everything. */
    BootstrapListener NONE = new BootstrapListener() {
    };

    /** Another session holds the schema lock; this one now waits for it. */
    default void waitingForLock(String holder) {
    }

    /** The lock was had after waiting. Not called when it was free. */
    default void lockAcquired(Duration waited) {
    }

    /** {@code init} has looked at the database: each module's state, in dependency order. */
    default void inspected(List<ModuleInspection> modules) {
    }

    /** {@code init} starts creating these modules' tables, in one transaction. */
    default void creating(List<String> modules, int tables) {
    }

    /** One table, with its comments and indexes, was created. */
    default void tableCreated(String module, TableSchema table) {
    }

    /** A module's foreign keys were added. */
    default void foreignKeysCreated(String module, int count) {
    }

    /** A module's existing tables matched the models; it will only be stamped. */
    default void adopting(String module, int tables) {
    }

    /** A module's Flyway history was created at its baseline version. */
    default void stamped(String module, String baselineVersion) {
    }

    /** Everything is done; {@code init} commits. */
    default void committing() {
    }

    /** {@code init} finished (committed, or found nothing to do). */
    default void initFinished(InitResult result) {
    }

    /** Flyway applied one migration of a module. */
    default void migrationApplied(String module, MigrationReport.AppliedMigration migration) {
    }

    /** {@code migrate} finished. */
    default void migrateFinished(MigrationReport result) {
    }

    /** Passes every event to each listener in turn. */
    static BootstrapListener all(List<BootstrapListener> listeners) {
        List<BootstrapListener> copy = List.copyOf(listeners);
        return new BootstrapListener() {
            @Override
            public void waitingForLock(String holder) {
                copy.forEach(listener -> listener.waitingForLock(holder));
            }

            @Override
            public void lockAcquired(Duration waited) {
                copy.forEach(listener -> listener.lockAcquired(waited));
            }

            @Override
            public void inspected(List<ModuleInspection> modules) {
                copy.forEach(listener -> listener.inspected(modules));
            }

            @Override
            public void creating(List<String> modules, int tables) {
                copy.forEach(listener -> listener.creating(modules, tables));
            }

            @Override
            public void tableCreated(String module, TableSchema table) {
                copy.forEach(listener -> listener.tableCreated(module, table));
            }

            @Override
            public void foreignKeysCreated(String module, int count) {
                copy.forEach(listener -> listener.foreignKeysCreated(module, count));
            }

            @Override
            public void adopting(String module, int tables) {
                copy.forEach(listener -> listener.adopting(module, tables));
            }

            @Override
            public void stamped(String module, String baselineVersion) {
                copy.forEach(listener -> listener.stamped(module, baselineVersion));
            }

            @Override
            public void committing() {
                copy.forEach(BootstrapListener::committing);
            }

            @Override
            public void initFinished(InitResult result) {
                copy.forEach(listener -> listener.initFinished(result));
            }

            @Override
            public void migrationApplied(String module, MigrationReport.AppliedMigration migration) {
                copy.forEach(listener -> listener.migrationApplied(module, migration));
            }

            @Override
            public void migrateFinished(MigrationReport result) {
                copy.forEach(listener -> listener.migrateFinished(result));
            }
        };
    }
}
