package id.ac.ugm.aicare.schema.migration;

/**
 * A statement did not get its lock within {@code lock_timeout}, on every one of its attempts. The
 * message says what of the step is left in place (nothing, the statements before it, or an INVALID
 * index that the next run rebuilds); re-running the migration continues from there.
 */
public class LockTimeoutException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message, String sqlState) {
        super(message, sqlState);
    }

    /** Other sessions held the lock longer than the migration may wait. */
    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
