package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/**
 * Connection options shared by every command that talks to a database. Each falls back to an
 * environment variable; the password is never printed, not even in error messages.
 */
public final class DatabaseOptions {

    public static final String URL_VARIABLE = "AICARE_DB_URL";
    public static final String USER_VARIABLE = "AICARE_DB_USER";
    public static final String PASSWORD_VARIABLE = "AICARE_DB_PASSWORD";

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "jdbc:postgresql://HOST[:PORT]/DATABASE (default: $" + URL_VARIABLE + ")")
    private String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user (default: $" + USER_VARIABLE + ")")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Database password; give the option without a value to be asked (default: $"
                    + PASSWORD_VARIABLE + ")")
    private char[] password;

    /** The JDBC URL from the option or the environment; a usage error (exit 2) when neither is set. */
    public String url() {
        String value = url != null ? url : System.getenv(URL_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new UserError(2, "no database given: use --url or set " + URL_VARIABLE);
        }
        if (!value.startsWith("jdbc:postgresql://")) {
            throw new UserError(2, "--url must start with jdbc:postgresql://, got " + redact(value));
        }
        return value;
    }

    public String user() {
        return user != null ? user : System.getenv(USER_VARIABLE);
    }

    private String password() {
        if (password != null) {
            return new String(password);
        }
        return System.getenv(PASSWORD_VARIABLE);
    }

    /** A data source for the database; connections are checked with {@link #connect()}. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        if (user() != null) {
            dataSource.setUser(user());
        }
        if (password() != null) {
            dataSource.setPassword(password());
        }
        dataSource.setApplicationName("aicare-schema");
        // PostgreSQL's error detail quotes row values ("Key (email)=(...) already exists"): keep them out of messages.
        dataSource.setLogServerErrorDetail(false);
        return dataSource;
    }

    /** Opens a connection, or fails with one line naming host, port, database and cause (exit 1). */
    public Connection connect() {
        try {
            return dataSource().getConnection();
        } catch (SQLException e) {
            throw new UserError(1, "cannot connect to " + describe() + ": " + firstLine(e.getMessage()));
        }
    }

    /** host:port/database of the URL, for messages; never the password or other parameters. */
    public String describe() {
        return describe(url());
    }

    /** host:port/database of a JDBC URL. */
    public static String describe(String jdbcUrl) {
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            int port = uri.getPort() > 0 ? uri.getPort() : 5432;
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "(default database)"
                    : uri.getPath().substring(1);
            return uri.getHost() + ":" + port + "/" + database;
        } catch (RuntimeException e) {
            return redact(jdbcUrl);
        }
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }
}
