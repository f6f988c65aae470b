package id.ac.ugm.aicare.schema.engine.migration;

/**
 * A statement did not get its lock within {@code lock_timeout}, on every one of its attempts. The
 * failed step was rolled back; re-running the migration continues from there.
 */
public class LockTimeoutException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
