package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.Objects;

/**
 * A check constraint: {@code [CONSTRAINT name] CHECK (expression)} inside a table, or added to one
 * with {@link #addSql}. The expression is SQL the caller has already checked; a null name leaves the
 * naming to PostgreSQL.
 */
public record Check(String name, String expression) implements TableElement {

    public Check {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String sql() {
        return (name == null ? "" : "CONSTRAINT " + quote(name) + " ") + "CHECK (" + expression + ")";
    }

    /** {@code ALTER TABLE [schema.]table ADD CONSTRAINT name CHECK (expression) [NOT VALID]}. */
    public String addSql(String schema, String table, boolean notValid) {
        Objects.requireNonNull(name, "a check added to a table needs a name");
        return "ALTER TABLE " + qualified(schema, table) + " ADD " + sql() + (notValid ? " NOT VALID" : "");
    }
}
