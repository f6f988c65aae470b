package id.ac.ugm.aicare.schema.migration;

/**
 * A destructive operation (dropping a table, a column, a constraint that guards data, a unique
 * index or a sequence) was called without a {@link Confirmation} naming exactly what it destroys.
 * Thrown before any SQL runs.
 */
public class DestructiveOperationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public DestructiveOperationException(String message) {
        super(message);
    }
}
