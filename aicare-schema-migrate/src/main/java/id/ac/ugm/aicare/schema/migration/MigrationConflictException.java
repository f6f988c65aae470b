package id.ac.ugm.aicare.schema.migration;

/**
 * The object exists, but in another shape than the migration describes: a column of another type
 * or nullability, an index on other columns, a constraint with another definition. The helper
 * changed nothing; the message says what was expected and what was found.
 */
public class MigrationConflictException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String object;
    private final String expected;
    private final String found;

    public MigrationConflictException(String operation, String object, String expected, String found) {
        super(operation + ": " + object + " exists in another shape: expected " + expected + ", found " + found
                + "; nothing was changed");
        this.object = object;
        this.expected = expected;
        this.found = found;
    }

    /** The object in conflict, e.g. {@code journal_entries.mood}. */
    public String object() {
        return object;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    /** The object exists in another shape. */
    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
