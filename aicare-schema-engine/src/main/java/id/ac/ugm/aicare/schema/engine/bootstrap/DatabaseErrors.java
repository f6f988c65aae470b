package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Database errors as one line that never holds a row's values. PostgreSQL's primary message quotes
 * the value at fault for data errors ({@code invalid input syntax for type date: "<journal text>"}),
 * and the driver appends the detail ({@code Failing row contains (...)}) unless the connection says
 * {@code logServerErrorDetail=false}, which a caller's data source may not. So the server's own text
 * is kept only for the SQL state classes whose messages name objects and statements, not values;
 * for every other class the line is the SQL state, its condition and the schema, table, column,
 * constraint and data type the server names in its error fields.
 */
public final class DatabaseErrors {

    /**
     * Classes whose primary messages speak of connections, transactions, syntax, objects and
     * resources. The detail is never used, whatever the class.
     */
    private static final Set<String> MESSAGE_KEPT = Set.of("08", "0A", "25", "28", "2B", "3B", "3D", "3F", "40",
            "42", "53", "55", "57", "58", "F0");

    /** The conditions of the classes whose messages are not kept, as PostgreSQL's errcodes name them. */
    private static final Map<String, String> CONDITIONS = Map.ofEntries(
            Map.entry("22001", "string data right truncation"), Map.entry("22003", "numeric value out of range"),
            Map.entry("22007", "invalid datetime format"), Map.entry("22008", "datetime field overflow"),
            Map.entry("22012", "division by zero"), Map.entry("22P02", "invalid text representation"),
            Map.entry("22023", "invalid parameter value"), Map.entry("22004", "null value not allowed"),
            Map.entry("22021", "character not in repertoire"), Map.entry("22P05", "untranslatable character"),
            Map.entry("23502", "not null violation"), Map.entry("23503", "foreign key violation"),
            Map.entry("23505", "unique violation"), Map.entry("23514", "check violation"),
            Map.entry("23P01", "exclusion violation"), Map.entry("21000", "cardinality violation"),
            Map.entry("P0001", "raise exception"), Map.entry("P0002", "no data found"),
            Map.entry("P0003", "too many rows"));

    private static final Map<String, String> CLASSES = Map.of("22", "data exception", "23",
            "integrity constraint violation", "21", "cardinality violation", "P0", "PL/pgSQL error", "XX",
            "internal error", "27", "triggered data change violation", "44", "WITH CHECK OPTION violation");

    private DatabaseErrors() {
    }

    /** One line for people: the server's message where it quotes no values, else what and where. */
    public static String describe(SQLException e) {
        SQLException error = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String state = error.getSQLState();
        if (state == null || state.length() != 5 || MESSAGE_KEPT.contains(state.substring(0, 2))) {
            return firstLine(error);
        }
        StringBuilder line = new StringBuilder("SQL state ").append(state).append(" (").append(condition(state))
                .append(')');
        List<String> where = where(error);
        if (!where.isEmpty()) {
            line.append(" on ").append(String.join(", ", where));
        }
        return line.toString();
    }

    /** Whether an exception's message, and every database error among its causes, holds no values. */
    public static boolean quotesNoValues(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                SQLException error = sql instanceof BatchUpdateException && sql.getNextException() != null
                        ? sql.getNextException() : sql;
                String state = error.getSQLState();
                if (state != null && (state.length() != 5 || !MESSAGE_KEPT.contains(state.substring(0, 2)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first database error in a chain of causes, or {@code null}. */
    static SQLException databaseError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String condition(String state) {
        String condition = CONDITIONS.get(state);
        if (condition != null) {
            return condition;
        }
        return CLASSES.getOrDefault(state.substring(0, 2), "database error");
    }

    /**
     * The names in the server's error fields. The engine does not depend on a driver; with pgjdbc,
     * {@code PSQLException.getServerErrorMessage()} has them, read here by reflection.
     */
    private static List<String> where(SQLException error) {
        List<String> where = new ArrayList<>();
        try {
            Object server = error.getClass().getMethod("getServerErrorMessage").invoke(error);
            if (server == null) {
                return where;
            }
            for (String[] field : new String[][] {{"table", "getTable"}, {"column", "getColumn"},
                    {"constraint", "getConstraint"}, {"type", "getDatatype"}}) {
                add(where, field[0], (String) server.getClass().getMethod(field[1]).invoke(server));
            }
        } catch (ReflectiveOperationException | ClassCastException notPgjdbc) {
            // Another driver: the SQL state and its condition are all there is.
        }
        return where;
    }

    private static void add(List<String> where, String what, String name) {
        if (name != null && !name.isEmpty()) {
            where.add(what + " " + name);
        }
    }

    private static String firstLine(SQLException error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
