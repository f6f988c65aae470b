package id.ac.ugm.aicare.schema.engine.migration;

import java.sql.SQLException;

/** A helper could not bring the database to the described state. The message names the operation. */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQL error of an operation, with its SQLSTATE. */
    static MigrationException of(String operation, SQLException e) {
        return new MigrationException(operation + ": " + e.getMessage()
                + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"), e);
    }

    /** The SQLSTATE of the underlying database error, or null. */
    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }
}
