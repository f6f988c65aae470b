package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.Objects;

/**
 * A column: {@code name type [DEFAULT expression] [NOT NULL]}. The type and default are SQL the
 * caller has already checked (a type name, one expression); the name is quoted here.
 */
public record ColumnDefinition(String name, String type, String defaultExpression, boolean notNull)
        implements TableElement {

    public ColumnDefinition {
        quote(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String sql() {
        return quote(name) + " " + type + (defaultExpression == null ? "" : " DEFAULT " + defaultExpression)
                + (notNull ? " NOT NULL" : "");
    }

    /** {@code ALTER TABLE [schema.]table ADD COLUMN IF NOT EXISTS ...}. */
    public String addSql(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table) + " ADD COLUMN IF NOT EXISTS " + sql();
    }
}
