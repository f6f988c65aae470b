package id.ac.ugm.aicare.schema.engine.diff.internal;

/**
 * Where a step goes in the written migration, in the order a careful DBA runs them: types before
 * the tables and columns that use them, columns before the keys and indexes on them, drops last,
 * after everything that might still read what they remove.
 */
public enum Phase {
    NOT_EXPRESSED("Not written: diff cannot express these; write them by hand"),
    ENUM_TYPES("Enum types and their new labels, in order"),
    RENAMES("Renames"),
    TABLES("New tables"),
    TYPES("Type changes"),
    COLUMNS("New columns, in the models' order (PostgreSQL adds each at the end of its table)"),
    NOT_NULL("NOT NULL"),
    FOREIGN_KEYS("Foreign keys: added NOT VALID, then validated without blocking writes"),
    CHECKS("Check constraints: added NOT VALID, then validated"),
    INDEXES("Indexes and unique constraints, built CONCURRENTLY"),
    DEFAULTS("Defaults"),
    COMMENTS("Comments"),
    DROP_CONSTRAINTS("Dropped constraints and indexes"),
    DROP_COLUMNS("Dropped columns"),
    DROP_TABLES("Dropped tables");

    private final String heading;

    Phase(String heading) {
        this.heading = heading;
    }

    /** The comment above the phase's steps in the written migration. */
    public String heading() {
        return heading;
    }
}
