package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import java.util.List;

/**
 * A foreign key as a migration describes it.
 * {@code ForeignKeyDef.from("journal_entries", "user_id").to("users", "id").onDelete(Action.CASCADE)};
 * the name defaults to PostgreSQL's own ({@code journal_entries_user_id_fkey}).
 */
public record ForeignKeyDef(String table, List<String> columns, String referencedTable, List<String> referencedColumns,
                            String name, Action onDelete, Action onUpdate) {

    /** What happens to referencing rows when the referenced row goes. */
    public enum Action {
        NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public ForeignKeyDef {
        validate(table);
        columns = List.copyOf(columns);
        columns.forEach(column -> validate(column));
        if (referencedTable != null) {
            validate(referencedTable);
        }
        referencedColumns = List.copyOf(referencedColumns);
        referencedColumns.forEach(column -> validate(column));
        if (name != null) {
            validate(name);
        }
        if (onDelete == null) {
            onDelete = Action.NO_ACTION;
        }
        if (onUpdate == null) {
            onUpdate = Action.NO_ACTION;
        }
    }

    public static ForeignKeyDef from(String table, String... columns) {
        return new ForeignKeyDef(table, List.of(columns), null, List.of(), null, null, null);
    }

    public ForeignKeyDef to(String table, String... columns) {
        return new ForeignKeyDef(this.table, this.columns, table, List.of(columns), name, onDelete, onUpdate);
    }

    public ForeignKeyDef named(String constraintName) {
        return new ForeignKeyDef(table, columns, referencedTable, referencedColumns, constraintName, onDelete, onUpdate);
    }

    public ForeignKeyDef onDelete(Action action) {
        return new ForeignKeyDef(table, columns, referencedTable, referencedColumns, name, action, onUpdate);
    }

    public ForeignKeyDef onUpdate(Action action) {
        return new ForeignKeyDef(table, columns, referencedTable, referencedColumns, name, onDelete, action);
    }

    String constraintName() {
        return name != null ? name : PostgresDefaultNames.foreignKey(table, columns);
    }

    void check() {
        if (columns.isEmpty() || referencedTable == null || referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key on " + table + " needs as many referenced columns as "
                    + "columns: ForeignKeyDef.from(table, cols...).to(table, cols...)");
        }
    }

    String describe() {
        return columns + " -> " + referencedTable + referencedColumns + " ON DELETE " + onDelete.sql() + " ON UPDATE "
                + onUpdate.sql();
    }
}
