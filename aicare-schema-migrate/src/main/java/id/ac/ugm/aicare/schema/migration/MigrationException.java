package id.ac.ugm.aicare.schema.migration;

import id.ac.ugm.aicare.error.AicareException;
import java.sql.SQLException;

/**
 * A helper could not bring the database to the described state. The message names the operation
 * (with its table and column), the kind of statement that failed and the SQLSTATE; it never holds
 * row values, and the driver's exception is not kept as the cause, because its message and details
 * quote them (see {@link ServerErrors}).
 */
public class MigrationException extends AicareException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public MigrationException(String message) {
        this(message, (String) null);
    }

    /** A failure with its SQLSTATE, or null when no database error is behind it. */
    public MigrationException(String message, String sqlState) {
        super(message);
        this.sqlState = sqlState;
    }

    /** A failure caused by another; a {@link MigrationException} cause passes its SQLSTATE on. */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = cause instanceof MigrationException migration ? migration.sqlState() : null;
    }

    /** The SQL error of an operation's statement, described without the values it may quote. */
    static MigrationException of(String operation, String statementKind, SQLException e) {
        return new MigrationException(operation + ": " + statementKind + " failed: " + ServerErrors.describe(e),
                e.getSQLState());
    }

    /** The SQLSTATE of the underlying database error, or null. */
    public String sqlState() {
        return sqlState;
    }

    /**
     * A database error when one is behind it; otherwise the helper refused the migration's request
     * (a bad argument, a missing confirmation). Conflicts with the existing schema and lock timeouts
     * say so in their own types.
     */
    @Override
    public Category category() {
        return sqlState == null ? Category.USER_ERROR : Category.DATABASE_FAILURE;
    }
}
