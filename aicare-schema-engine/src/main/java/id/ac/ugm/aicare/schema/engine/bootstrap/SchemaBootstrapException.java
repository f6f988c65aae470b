package id.ac.ugm.aicare.schema.engine.bootstrap;

/**
 * The database could not be initialised, migrated or inspected. The message is one line meant for
 * people (it never holds a password); when the cause was the database, it is kept as the cause.
 */
public class SchemaBootstrapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaBootstrapException(String message) {
        super(message);
    }

    public SchemaBootstrapException(String message, Throwable cause) {
        super(message, cause);
    }
}
