package id.ac.ugm.aicare.schema.lint.internal.ddl;

/** The kind of a table constraint added by {@code ALTER TABLE ... ADD}. */
public enum ConstraintKind {
    CHECK,
    UNIQUE,
    PRIMARY_KEY,
    FOREIGN_KEY,
    EXCLUDE,
    NOT_NULL
}
