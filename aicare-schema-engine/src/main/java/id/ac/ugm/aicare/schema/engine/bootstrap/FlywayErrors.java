package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;

/** Flyway's failures as one line that never holds a row's values, for every command that runs Flyway. */
public final class FlywayErrors {

    private FlywayErrors() {
    }

    /**
     * Flyway's messages span many lines and quote the database's message; keep the first line, the
     * migration's location and line, and the database error as {@link DatabaseErrors} tells it.
     */
    public static String describe(FlywayException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("---"))
                .toList();
        if (lines.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        StringBuilder result = new StringBuilder(lines.get(0));
        String location = field(lines, "Location");
        if (location != null) {
            int absolute = location.indexOf(" (");
            result.append(" at ").append(absolute < 0 ? location : location.substring(0, absolute));
            String line = field(lines, "Line");
            if (line != null) {
                result.append(" line ").append(line);
            }
        }
        SQLException database = DatabaseErrors.databaseError(e);
        String cause = database != null ? DatabaseErrors.describe(database) : field(lines, "Message");
        if (cause != null) {
            result.append(": ").append(cause);
        }
        return result.toString();
    }

    /** The value of a "Name : value" line of Flyway's message, or {@code null}. */
    private static String field(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(name) && line.contains(":")
                        && line.substring(0, line.indexOf(':')).strip().equals(name))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(null);
    }
}
