package id.ac.ugm.aicare.schema.lint.internal.ddl;

/**
 * A possibly schema-qualified object name, folded as PostgreSQL folds it.
 *
 * @param schema the schema, or null when the name is not qualified
 * @param name   the object's own name
 */
public record QualifiedName(String schema, String name) {

    /**
     * True when both can name the same object: equal names, and equal schemas where both give one
     * (an unqualified name may resolve to any schema on the search path).
     */
    public boolean sameObjectAs(QualifiedName other) {
        if (other == null || !name.equals(other.name)) {
            return false;
        }
        return schema == null || other.schema == null || schema.equals(other.schema);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
