package id.ac.ugm.aicare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * The PostgreSQL major the tests are asked to run on, {@code -Daicare.test.pg=14} for example. Maven
 * turns the same property into the embedded binaries of that major (a profile per major in the
 * parent pom), and the server that starts is checked against it, so a run that says "14" never
 * quietly tests another major.
 */
public final class PostgresMajor {

    /** The system property (Maven passes its command-line properties on to the tests). */
    public static final String PROPERTY = "aicare.test.pg";
    /** The majors the library supports and the build has embedded binaries for. */
    public static final int OLDEST = 14;
    public static final int NEWEST = 18;

    private PostgresMajor() {
    }

    /** The requested major, empty when the property is not set. */
    public static OptionalInt requested() {
        return parse(System.getProperty(PROPERTY));
    }

    static OptionalInt parse(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        int major;
        try {
            major = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw notSupported(value);
        }
        if (major < OLDEST || major > NEWEST) {
            throw notSupported(value);
        }
        return OptionalInt.of(major);
    }

    private static IllegalStateException notSupported(String value) {
        return new IllegalStateException(PROPERTY + " must be a PostgreSQL major from " + OLDEST + " to " + NEWEST
                + ", got '" + value + "'");
    }

    /** Fails when the server is not of the requested major; says how to get the right one. */
    static void check(OptionalInt requested, int actual, String kind) {
        if (requested.isEmpty() || requested.getAsInt() == actual) {
            return;
        }
        int wanted = requested.getAsInt();
        String hint = switch (kind) {
            case "embedded" -> "the embedded binaries on the test classpath are another major: run Maven itself with -D"
                    + PROPERTY + "=" + wanted + " so that its profile puts PostgreSQL " + wanted + "'s binaries there";
            case "external" -> "point " + PostgresServers.URL_VARIABLE + " at a PostgreSQL " + wanted + " server";
            default -> "the " + kind + " server is another major";
        };
        throw new IllegalStateException(PROPERTY + "=" + wanted + " asks for PostgreSQL " + wanted + " but the "
                + kind + " test server is PostgreSQL " + actual + ": " + hint);
    }

    /** The major of a running server, from {@code server_version_num} (160015 is 16). */
    static int of(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rows.next();
            return rows.getInt(1) / 10_000;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the version of the test server " + jdbcUrl + ": "
                    + e.getMessage(), e);
        }
    }
}
