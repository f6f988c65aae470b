package id.ac.ugm.aicare.schema.engine.bootstrap;

/** A migration failed; {@link #failure()} says which, where and why, without values. */
public final class MigrationFailedException extends SchemaBootstrapException {

    private static final long serialVersionUID = 1L;

    private final transient MigrationFailure failure;

    MigrationFailedException(MigrationFailure failure, Throwable cause) {
        super("migrate failed in module " + failure.module() + ": " + failure.describe()
                + (failure.recordedAsFailed() ? "; it ran outside a transaction, so Flyway recorded it as failed and "
                + "what it did before failing stays: fix the migration, then run repair --module " + failure.module()
                + " and migrate again" : "; Flyway rolled it back"), cause);
        this.failure = failure;
    }

    public MigrationFailure failure() {
        return failure;
    }
}
