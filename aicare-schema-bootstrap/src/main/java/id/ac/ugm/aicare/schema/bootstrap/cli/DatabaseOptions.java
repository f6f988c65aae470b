package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Connection options shared by every command that talks to a database. Each falls back to an
 * environment variable; the password is never printed, not even in error messages, and a password
 * given on the command line (where {@code ps} shows it) draws a warning.
 */
public final class DatabaseOptions {

    public static final String URL_VARIABLE = "AICARE_DB_URL";
    public static final String USER_VARIABLE = "AICARE_DB_USER";
    public static final String PASSWORD_VARIABLE = "AICARE_DB_PASSWORD";

    /** The longest --connect-timeout: an hour is already far beyond a server that is merely slow. */
    static final int MAX_CONNECT_TIMEOUT_SECONDS = 3600;

    private final Map<String, String> environment;

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "jdbc:postgresql://HOST[:PORT]/DATABASE (default: $" + URL_VARIABLE + ")")
    private String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user (default: $" + USER_VARIABLE + ")")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Give the option without a value to be asked for the password (default: $"
                    + PASSWORD_VARIABLE + "). A value given here is visible to other users in the process list.")
    private char[] password;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the server to accept the connection and to log in "
                    + "(default: ${DEFAULT-VALUE}).")
    private int connectTimeoutSeconds = 10;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private boolean warnedAboutPassword;

    /** Options whose fallbacks are the process's environment variables. */
    public DatabaseOptions() {
        this(System.getenv());
    }

    /** Options whose fallbacks are these variables (for tests and embedding). */
    DatabaseOptions(Map<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * The JDBC URL from the option or the environment, checked to name one host and one database; a
     * usage error (exit 2) when neither is set or the URL is not usable.
     */
    public String url() {
        String value = url != null ? url : environment.get(URL_VARIABLE);
        String source = url != null ? "--url" : "$" + URL_VARIABLE;
        if (value == null || value.isBlank()) {
            throw new UserError(2, "no database given: use --url or set " + URL_VARIABLE);
        }
        if (!value.startsWith("jdbc:postgresql://")) {
            throw new UserError(2, source + " must start with jdbc:postgresql://, got " + redact(value));
        }
        DatabaseUrl.parse(value, source);
        return value;
    }

    public String user() {
        return user != null ? user : environment.get(USER_VARIABLE);
    }

    private String password() {
        if (password != null) {
            warnIfPasswordOnCommandLine();
            return new String(password);
        }
        return environment.get(PASSWORD_VARIABLE);
    }

    /**
     * A data source for the database, with the connect and login timeouts; connections are checked
     * with {@link #connect()}.
     */
    public DataSource dataSource() {
        if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > MAX_CONNECT_TIMEOUT_SECONDS) {
            throw new UserError(2, "--connect-timeout must be from 1 to " + MAX_CONNECT_TIMEOUT_SECONDS
                    + " seconds, got " + connectTimeoutSeconds);
        }
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
        dataSource.setConnectTimeout(connectTimeoutSeconds);
        dataSource.setLoginTimeout(connectTimeoutSeconds);
        // A migration may rightly run for hours, so later reads have no timeout; a dead peer is found by keepalive.
        dataSource.setTcpKeepAlive(true);
        return dataSource;
    }

    /**
     * Opens a connection and asks the server which database it is, each step waiting at most the
     * connect timeout; fails with one line naming host, port, database and cause (exit 1), also when
     * the server's database is not the one the URL names.
     */
    public Connection connect() {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) dataSource();
        dataSource.setSocketTimeout(connectTimeoutSeconds);
        long start = System.nanoTime();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            String actual;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                rows.next();
                actual = rows.getString(1);
            }
            String named = DatabaseUrl.parse(url(), "--url").database();
            if (!named.equals(actual)) {
                throw new UserError(1, describe() + ": the server connected to database " + actual + ", not to "
                        + named + " as the URL says; nothing was done");
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new UserError(1, "cannot connect to " + describe() + ": " + why(e, start));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** host:port/database of the URL, for messages; never the password or other parameters. */
    public String describe() {
        return describe(url());
    }

    /** host:port/database of a JDBC URL. */
    public static String describe(String jdbcUrl) {
        try {
            return DatabaseUrl.parse(jdbcUrl, "the URL").describe();
        } catch (RuntimeException e) {
            return redact(jdbcUrl);
        }
    }

    /** What the connection waited for when it timed out, else the driver's first line. */
    private String why(SQLException e, long startNanos) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException timeout) {
                return String.valueOf(timeout.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect")
                        ? "the server did not accept the connection within " + connectTimeoutSeconds + " s"
                        : "the server accepted the connection but sent no answer within " + connectTimeoutSeconds + " s";
            }
        }
        long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        if ("08001".equals(e.getSQLState()) && elapsedMillis >= connectTimeoutSeconds * 1000L - 100) {
            return "the server accepted the connection but did not finish the login within " + connectTimeoutSeconds
                    + " s";
        }
        return firstLine(e.getMessage());
    }

    /** {@code --password=VALUE} or {@code --password VALUE}: anyone on the machine can read it from ps. */
    private void warnIfPasswordOnCommandLine() {
        if (warnedAboutPassword || command == null || command.commandLine().getParseResult() == null) {
            return;
        }
        List<String> args = command.commandLine().getParseResult().expandedArgs();
        for (int i = 0; i < args.size(); i++) {
            boolean inline = args.get(i).startsWith("--password=");
            boolean next = args.get(i).equals("--password") && i + 1 < args.size() && !args.get(i + 1).startsWith("-");
            if (inline || next) {
                warnedAboutPassword = true;
                command.commandLine().getErr().println(command.qualifiedName() + ": warning: a password on the "
                        + "command line is visible to other users of this machine (ps, shell history); set "
                        + PASSWORD_VARIABLE + " or give --password without a value to be asked");
                command.commandLine().getErr().flush();
                return;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first failure is the one to report.
        }
    }

    private static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }
}
