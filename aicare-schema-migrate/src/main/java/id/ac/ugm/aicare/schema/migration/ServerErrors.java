package id.ac.ugm.aicare.schema.migration;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a database error without the values it may quote. PostgreSQL's details carry whole rows
 * ({@code Failing row contains (...)}, {@code Key (email)=(...)}) and its primary messages for data
 * errors quote the offending value ({@code invalid input syntax for type date: "..."}); pgjdbc puts
 * the details into {@link SQLException#getMessage()} unless the connection sets
 * {@code logServerErrorDetail=false}, which a helper cannot rely on. So a description holds the
 * condition name and SQLSTATE, the constraint named by an integrity error, and the server's own first
 * line only for the classes of errors that are about the statement or the session rather than about
 * data (syntax, privileges, locks, transaction state, missing objects).
 */
final class ServerErrors {

    /** SQLSTATE classes whose primary message speaks of the statement and objects, never of row values. */
    private static final Set<String> STATEMENT_CLASSES = Set.of("08", "0A", "25", "2B", "40", "42", "53", "55", "57");

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z_][a-z0-9_$]*)\"");

    private static final Map<String, String> CONDITIONS = Map.ofEntries(
            Map.entry("23505", "unique_violation"), Map.entry("23502", "not_null_violation"),
            Map.entry("23503", "foreign_key_violation"), Map.entry("23514", "check_violation"),
            Map.entry("23P01", "exclusion_violation"), Map.entry("22P02", "invalid_text_representation"),
            Map.entry("22007", "invalid_datetime_format"), Map.entry("22008", "datetime_field_overflow"),
            Map.entry("22003", "numeric_value_out_of_range"), Map.entry("22001", "string_data_right_truncation"),
            Map.entry("22012", "division_by_zero"), Map.entry("22023", "invalid_parameter_value"),
            Map.entry("22004", "null_value_not_allowed"), Map.entry("22021", "character_not_in_repertoire"),
            Map.entry("42601", "syntax_error"), Map.entry("42501", "insufficient_privilege"),
            Map.entry("42804", "datatype_mismatch"), Map.entry("42883", "undefined_function"),
            Map.entry("42P01", "undefined_table"), Map.entry("42703", "undefined_column"),
            Map.entry("42704", "undefined_object"), Map.entry("42P07", "duplicate_table"),
            Map.entry("42701", "duplicate_column"), Map.entry("42710", "duplicate_object"),
            Map.entry("42P16", "invalid_table_definition"), Map.entry("42830", "invalid_foreign_key"),
            Map.entry("0A000", "feature_not_supported"), Map.entry("25001", "active_sql_transaction"),
            Map.entry("25P02", "in_failed_sql_transaction"), Map.entry("2BP01", "dependent_objects_still_exist"),
            Map.entry("40P01", "deadlock_detected"), Map.entry("40001", "serialization_failure"),
            Map.entry("55P03", "lock_not_available"), Map.entry("55006", "object_in_use"),
            Map.entry("57014", "query_canceled"), Map.entry("08003", "connection_does_not_exist"),
            Map.entry("08006", "connection_failure"));

    private ServerErrors() {
    }

    /** {@code unique_violation (SQLSTATE 23505) of constraint users_email_key}, or a statement error with its message. */
    static String describe(SQLException e) {
        String state = e.getSQLState();
        String condition = state == null ? null : CONDITIONS.get(state);
        StringBuilder text = new StringBuilder(condition == null ? "error" : condition);
        text.append(state == null ? " (no SQLSTATE)" : " (SQLSTATE " + state + ")");
        String firstLine = firstLine(e);
        if (state != null && state.startsWith("23") && firstLine != null) {
            Matcher constraint = CONSTRAINT.matcher(firstLine);
            if (constraint.find()) {
                text.append(" of constraint ").append(constraint.group(1));
            }
        }
        if (state != null && state.length() == 5 && STATEMENT_CLASSES.contains(state.substring(0, 2).toUpperCase(Locale.ROOT))
                && firstLine != null) {
            text.append(": ").append(firstLine);
        }
        return text.toString();
    }

    /** The server's primary message: pgjdbc's first line without its severity. */
    private static String firstLine(SQLException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return null;
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        int colon = line.indexOf(": ");
        if (colon > 0 && line.substring(0, colon).matches("[A-Z]+")) {
            line = line.substring(colon + 2);
        }
        return line;
    }
}
