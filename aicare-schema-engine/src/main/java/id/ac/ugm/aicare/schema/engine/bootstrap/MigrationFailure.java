package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a migration failed, without the values it was working on: the migration, the statement's line
 * (SQL scripts), the SQL state and PostgreSQL's primary message with every quoted part replaced by
 * {@code "…"} ({@code invalid input syntax for type date: "…"}), except the names the server reported
 * as such and, in the classes whose primary messages quote only object names (23 integrity, 42
 * undefined or duplicate objects, but not 42601 syntax errors, which quote a token), every quoted
 * part. PostgreSQL's detail line, which quotes rows, is never read.
 *
 * @param module             the module whose migration failed
 * @param version            its version, or {@code null} for a repeatable migration
 * @param description        its description
 * @param line               the line of the failing statement in an SQL script, or {@code null}
 * @param sqlState           the SQL state, or {@code null} when the failure was not the database's
 * @param message            what went wrong, value-free
 * @param recordedAsFailed   whether Flyway recorded it as failed (it ran outside a transaction, so
 *                           what it did before failing stays and {@code repair} is needed before the
 *                           next {@code migrate})
 */
public record MigrationFailure(String module, String version, String description, Integer line, String sqlState,
                               String message, boolean recordedAsFailed) {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** The failure of a migration in Flyway's exception, or {@code null} when no migration failed (e.g. validation). */
    static MigrationFailure of(String module, FlywayException e) {
        FlywayMigrateException failed = find(e, FlywayMigrateException.class);
        if (failed == null || failed.getMigration() == null) {
            return null;
        }
        MigrationInfo migration = failed.getMigration();
        SQLException sql = find(e, SQLException.class);
        Integer line = failed.getLineNumber() > 0 ? failed.getLineNumber() : null;
        String sqlState = sql != null ? sql.getSQLState() : null;
        String message = sql != null ? valueFree(sql) : innermostMessage(failed);
        return new MigrationFailure(module, migration.getVersion() == null ? null : migration.getVersion().getVersion(),
                migration.getDescription(), line, sqlState, message, !failed.isExecutableInTransaction());
    }

    /** "migration V2 (add note), statement at line 3, SQL state 22007: invalid input syntax for type date: "…"". */
    public String describe() {
        return "migration " + (version == null ? "R" : "V" + version) + " (" + description + ")"
                + (line == null ? "" : ", statement at line " + line)
                + (sqlState == null ? "" : ", SQL state " + sqlState) + ": " + message;
    }

    /** PostgreSQL's primary message, keeping only the quoted names the server itself reported as names. */
    static String valueFree(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String primary = server != null && server.getMessage() != null ? server.getMessage() : firstLine(e.getMessage());
        Set<String> names = new HashSet<>();
        if (server != null) {
            for (String name : new String[] {server.getTable(), server.getColumn(), server.getConstraint(),
                    server.getDatatype(), server.getSchema()}) {
                if (name != null) {
                    names.add(name);
                }
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean quotesOnlyNames = state.startsWith("23") || (state.startsWith("42") && !state.equals("42601"));
        Matcher quoted = QUOTED.matcher(primary);
        StringBuilder text = new StringBuilder();
        while (quoted.find()) {
            String replacement = quotesOnlyNames || names.contains(quoted.group(1)) ? quoted.group() : "\"…\"";
            quoted.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        quoted.appendTail(text);
        return text.toString();
    }

    private static String innermostMessage(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        // Not the database's: a Java migration's own exception (the helpers name the operation, never a value).
        return message == null ? innermost.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String text) {
        String message = Objects.requireNonNullElse(text, "unknown error").strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
