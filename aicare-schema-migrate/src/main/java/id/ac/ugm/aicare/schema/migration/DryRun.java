package id.ac.ugm.aicare.schema.migration;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * What migrations written with the helpers would send to a database, computed from its catalog
 * without changing it: each helper reads pg_catalog as it does in a real run and decides the same
 * way, but the statements that would change something are recorded instead of sent, and what they
 * would do is kept in the dry run's own view of the catalog, so that later steps (and later
 * migrations planned on the same dry run) are planned on top of the earlier ones.
 *
 * <pre>{@code
 * try (DryRun dryRun = DryRun.on(connection)) {
 *     List<String> statements = dryRun.plan(new V4__add_mood());
 * }
 * }</pre>
 *
 * <p>Sent to the database: catalog queries and, where a helper must ask PostgreSQL how it spells a
 * type, default, CHECK or index (the same probes as in a real run), statements on a temporary table
 * or scratch schema inside a transaction that is always rolled back. No {@code lock_timeout} is set,
 * no lock is taken on the database's own tables, nothing is written. A backfill is shown by its first
 * batch's statement; how many rows it would update is only known by running it.
 */
public final class DryRun implements AutoCloseable {

    private final SchemaMigrator planner;

    private DryRun(SchemaMigrator planner) {
        this.planner = planner;
    }

    /** A dry run on this connection's current schema. The connection should be in auto-commit mode. */
    public static DryRun on(Connection connection) {
        return on(connection, MigrationOptions.defaults());
    }

    /** A dry run with these options (their schema is the one planned for). */
    public static DryRun on(Connection connection, MigrationOptions options) {
        return new DryRun(SchemaMigrator.planning(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(options, "options")));
    }

    /**
     * The statements the migration would send, in order, on top of what the migrations planned
     * before it on this dry run would have done.
     *
     * @throws Exception what the migration throws (a {@link MigrationConflictException} when the
     *                   catalog holds an object of another shape, as in a real run)
     */
    public List<String> plan(IdempotentJavaMigration migration) throws Exception {
        int before = planner.planned().size();
        planner.planInTransaction(migration.canExecuteInTransaction());
        migration.migrate(planner);
        List<String> all = planner.planned();
        return all.subList(before, all.size());
    }

    /** Nothing to restore: a dry run sets no session setting. The connection stays open. */
    @Override
    public void close() {
        planner.close();
    }
}
