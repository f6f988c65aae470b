package id.ac.ugm.aicare.schema.lint.internal.flyway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration file name read by Flyway's default naming: {@code V<version>__<description>.sql},
 * {@code R__<description>.sql}, {@code U...} for undo, {@code B...} for baseline migrations, and
 * callbacks such as {@code afterMigrate.sql}.
 *
 * <p>Flyway skips a file whose name it cannot read without a word, so the migration never runs:
 * that is why a malformed name is an error here.
 *
 * @param kind     what Flyway takes the file for
 * @param version  the version of a versioned, undo or baseline migration, else null
 * @param problem  for a malformed name, what is wrong with it; else null
 */
public record MigrationFileName(Kind kind, MigrationVersion version, String problem) {

    /** What Flyway takes a file for. */
    public enum Kind {
        VERSIONED,
        REPEATABLE,
        UNDO,
        BASELINE,
        CALLBACK,
        MALFORMED,
        /** A file of a project that does not use Flyway: a one-off migration whatever its name. */
        PLAIN
    }

    /** The name of every file of a project without Flyway. */
    public static final MigrationFileName PLAIN = new MigrationFileName(Kind.PLAIN, null, null);

    private static final Pattern VERSIONED = Pattern.compile("([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    private static final Pattern CALLBACK = Pattern.compile("(before|after)[A-Z][A-Za-z]*(__.*)?\\.sql");

    public static MigrationFileName parse(String fileName) {
        Matcher versioned = VERSIONED.matcher(fileName);
        if (versioned.matches()) {
            Kind kind = switch (versioned.group(1)) {
                case "V" -> Kind.VERSIONED;
                case "U" -> Kind.UNDO;
                default -> Kind.BASELINE;
            };
            return new MigrationFileName(kind, MigrationVersion.parse(versioned.group(2)), null);
        }
        if (REPEATABLE.matcher(fileName).matches()) {
            return new MigrationFileName(Kind.REPEATABLE, null, null);
        }
        if (CALLBACK.matcher(fileName).matches()) {
            return new MigrationFileName(Kind.CALLBACK, null, null);
        }
        return new MigrationFileName(Kind.MALFORMED, null, diagnose(fileName));
    }

    public boolean isVersioned() {
        return kind == Kind.VERSIONED;
    }

    public boolean isRepeatable() {
        return kind == Kind.REPEATABLE;
    }

    /** Names the most likely slip, so the message says what to change. */
    private static String diagnose(String fileName) {
        if (!fileName.endsWith(".sql")) {
            return "does not end in .sql";
        }
        char first = fileName.isEmpty() ? ' ' : fileName.charAt(0);
        if ("vrub".indexOf(first) >= 0) {
            return "starts with a lower-case prefix; Flyway's prefixes are V, R, U and B";
        }
        if ("VRUB".indexOf(first) < 0) {
            return "does not start with V, R, U or B";
        }
        if (!fileName.contains("__")) {
            return "has no double underscore between version and description";
        }
        if (first == 'R') {
            return "is a repeatable migration with a version; write R__<description>.sql";
        }
        String version = fileName.substring(1, fileName.indexOf("__"));
        if (version.isEmpty()) {
            return "has no version after " + first;
        }
        return "has version '" + version + "', which is not numbers separated by . or _";
    }
}
