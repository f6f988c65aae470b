package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The guards of the SQL form: each statement of a step either converges by itself ({@code IF NOT
 * EXISTS}, {@code IF EXISTS}) or runs inside a {@code DO} block that checks pg_catalog first, so
 * that the script is safe to run twice. Names are quoted by {@code SqlIdentifiers}; unqualified
 * names mean the schema the migration runs in.
 */
final class Sql {

    private Sql() {
    }

    /** {@code a, b} quoted. */
    static String columns(List<String> names) {
        return names.stream().map(name -> quote(name)).collect(Collectors.joining(", "));
    }

    /** {@code 'table'::regclass}, the table's oid, for a catalog query. */
    static String regclass(String table) {
        return literal(quote(table)) + "::regclass";
    }

    /** The condition that the table has a constraint of that name. */
    static String constraintExists(String table, String name) {
        return "EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = " + regclass(table) + " AND conname = "
                + literal(name) + ")";
    }

    /** The condition that the table (in the current schema) has a column of that name. */
    static String columnExists(String table, String column) {
        return "EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = " + regclass(table) + " AND attname = "
                + literal(column) + " AND attnum > 0 AND NOT attisdropped)";
    }

    /** A {@code DO} block running {@code statement} only when {@code condition} holds. */
    static String doIf(String condition, String statement) {
        String tag = condition.contains("$$") || statement.contains("$$") ? "$aicare$" : "$$";
        return "DO " + tag + "\nBEGIN\n    IF " + condition + " THEN\n        " + statement + ";\n    END IF;\nEND\n"
                + tag + ";";
    }

    /** A {@code DO} block that fails with this message: a step the author must write before the script runs. */
    static String raise(String message) {
        String tag = message.contains("$$") ? "$aicare$" : "$$";
        return "DO " + tag + "\nBEGIN\n    RAISE EXCEPTION " + literal(message).replace("%", "%%") + ";\nEND\n" + tag
                + ";";
    }

    /** A {@code --} comment line: one line, no control characters. */
    static String comment(String text) {
        return "-- " + text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    }
}
