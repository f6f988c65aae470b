package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE table ADD CONSTRAINT name FOREIGN KEY (columns) REFERENCES other (columns)
 * [ON DELETE action] [ON UPDATE action] [NOT VALID]}. A null action is left out (NO ACTION); the
 * referenced table is in the same schema as the table.
 */
public record AddForeignKey(String table, String name, List<String> columns, String referencedTable,
                            List<String> referencedColumns, String onDelete, String onUpdate, boolean notValid) {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public String sql() {
        return sql(null);
    }

    public String sql(String schema) {
        return "ALTER TABLE " + qualified(schema, table) + " ADD CONSTRAINT " + quote(name) + " FOREIGN KEY ("
                + Columns.list(columns) + ") REFERENCES " + qualified(schema, referencedTable) + " ("
                + Columns.list(referencedColumns) + ")" + (onDelete == null ? "" : " ON DELETE " + onDelete)
                + (onUpdate == null ? "" : " ON UPDATE " + onUpdate) + (notValid ? " NOT VALID" : "");
    }
}
