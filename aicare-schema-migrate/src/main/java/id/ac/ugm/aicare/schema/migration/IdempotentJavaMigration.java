package id.ac.ugm.aicare.schema.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Base class of a Flyway Java migration written with the idempotent helpers. Name the class as
 * Flyway wants ({@code V4__add_mood}) and implement {@link #migrate(SchemaMigrator)}:
 *
 * <pre>{@code
 * public class V4__add_mood extends IdempotentJavaMigration {
 *     @Override
 *     protected void migrate(SchemaMigrator schema) {
 *         schema.addColumn("journal_entries", ColumnDef.of("mood", "smallint"));
 *     }
 * }
 * }</pre>
 *
 * <p>A migration runs in Flyway's transaction unless it declares
 * {@code super(TransactionMode.NON_TRANSACTIONAL)}: then {@link #canExecuteInTransaction()} tells
 * Flyway to run it outside one, which is what {@code CREATE INDEX CONCURRENTLY} (and so
 * {@code createIndex} and {@code addUniqueConstraint} done the safe way) needs, and what lets the
 * NOT VALID/VALIDATE steps of {@code setNotNull}, {@code addForeignKey} and
 * {@code addCheckConstraint} each commit on their own, holding their locks briefly. The helpers
 * converge, so a non-transactional migration stopped halfway finishes when run again (Flyway
 * records it as failed first: {@code flyway repair}, then {@code migrate}).
 */
public abstract class IdempotentJavaMigration extends BaseJavaMigration {

    /** Whether Flyway wraps the migration in a transaction. */
    public enum TransactionMode {
        /** In Flyway's transaction (its default): all or nothing; no CONCURRENTLY. */
        TRANSACTIONAL,
        /** Outside any transaction: each step commits by itself; CONCURRENTLY allowed. */
        NON_TRANSACTIONAL
    }

    private final TransactionMode transactionMode;

    protected IdempotentJavaMigration() {
        this(TransactionMode.TRANSACTIONAL);
    }

    protected IdempotentJavaMigration(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    /** The migration's steps, each a helper call that converges on its end state. */
    protected abstract void migrate(SchemaMigrator schema) throws Exception;

    /** The helpers' options (lock_timeout, retries, schema); override to change them. */
    protected MigrationOptions options() {
        return MigrationOptions.defaults();
    }

    public final TransactionMode transactionMode() {
        return transactionMode;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return transactionMode == TransactionMode.TRANSACTIONAL;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        try (SchemaMigrator schema = SchemaMigrator.on(context.getConnection(), options())) {
            migrate(schema);
        }
    }
}
