package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.error.AicareException;

/**
 * The database could not be initialised, migrated or inspected. The message is one line meant for
 * people (it never holds a password or a row's values). When the cause was the database, it is kept
 * as the cause only if its messages hold no values either ({@link DatabaseErrors#quotesNoValues}), so
 * that logging this exception with its causes cannot leak them; {@link #sqlState()} stays either way.
 */
public class SchemaBootstrapException extends AicareException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public SchemaBootstrapException(String message) {
        super(message);
        this.sqlState = null;
    }

    public SchemaBootstrapException(String message, Throwable cause) {
        super(message, cause == null || DatabaseErrors.quotesNoValues(cause) ? cause : null);
        java.sql.SQLException database = DatabaseErrors.databaseError(cause);
        this.sqlState = database == null ? null : database.getSQLState();
    }

    /** The SQL state of the database error behind this one, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** A database error when one is behind it; otherwise the database's state refused the step. */
    @Override
    public Category category() {
        return sqlState == null ? Category.CONFLICT : Category.DATABASE_FAILURE;
    }
}
