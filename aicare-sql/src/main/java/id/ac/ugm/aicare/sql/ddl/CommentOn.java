package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.Objects;

/**
 * {@code COMMENT ON TABLE table IS ...} or, with a column, {@code COMMENT ON COLUMN table.column IS
 * ...}; a null text removes the comment ({@code IS NULL}).
 */
public record CommentOn(String table, String column, String text) {

    public CommentOn {
        Objects.requireNonNull(table, "table");
    }

    public static CommentOn table(String table, String text) {
        return new CommentOn(table, null, text);
    }

    public static CommentOn column(String table, String column, String text) {
        return new CommentOn(table, Objects.requireNonNull(column, "column"), text);
    }

    /** The statement with the table's name unqualified (found on the search path). */
    public String sql() {
        return sql(null);
    }

    public String sql(String schema) {
        String target = column == null ? "TABLE " + qualified(schema, table)
                : "COLUMN " + qualified(schema, table) + "." + quote(column);
        return "COMMENT ON " + target + " IS " + (text == null ? "NULL" : literal(text));
    }
}
