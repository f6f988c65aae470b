package id.ac.ugm.aicare.sql;

/** A table, column, index or other name that is not a safe PostgreSQL identifier. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String name, String reason) {
        super("Invalid identifier \"" + name + "\": " + reason);
    }
}
