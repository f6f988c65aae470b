package id.ac.ugm.aicare.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * What the server itself says it received: the statements PostgreSQL logged for one database while
 * an action ran. Tests use it to prove that refused input sent no SQL at all, which a client-side
 * counter cannot show for work done in another process (the CLI) or by a library's own connections.
 *
 * <p>The embedded server logs every statement ({@code log_statement = all}) with the database name
 * in front of each line. An external server ({@code AICARE_TEST_JDBC_URL}) can be used the same way
 * when it is configured likewise and {@code AICARE_TEST_SERVER_LOG} names its log file; without
 * that, asking for the log is an error that says so, never a skipped check.
 *
 * <p>Markers bracket the action: a statement carrying a random token is sent before and after it,
 * and the log is read until both have arrived, so the answer does not depend on how quickly the
 * logging collector writes.
 */
public final class StatementLog {

    /** Names the log file of an external test server that logs as the embedded one does. */
    public static final String LOG_FILE_VARIABLE = "AICARE_TEST_SERVER_LOG";
    static final String EMBEDDED_LOG_FILE = "statements.log";
    // zonky passes settings on the command line, where a "|" and trailing blanks are lost.
    private static final String LINE_PREFIX_START = "[";
    private static final String LINE_PREFIX_END = "]";
    private static final long ARRIVAL_TIMEOUT_MILLIS = 15_000;
    /**
     * What pgjdbc sends on every new connection unless told the server version: part of opening a
     * connection, not SQL the code under test chose to send, so it is left out.
     */
    private static final String DRIVER_HANDSHAKE = "LOG:  statement: SET application_name = 'PostgreSQL JDBC Driver'";

    private static volatile Path file;

    private final TestDatabase database;
    private final Path logFile;

    private StatementLog(TestDatabase database, Path logFile) {
        this.database = database;
        this.logFile = logFile;
    }

    /** The statement log of one test database; an error when the server keeps none that can be read. */
    public static StatementLog of(TestDatabase database) {
        Path logFile = file;
        if (logFile == null) {
            String configured = System.getProperty(LOG_FILE_VARIABLE, System.getenv(LOG_FILE_VARIABLE));
            if (configured != null && !configured.isBlank()) {
                logFile = Path.of(configured);
            }
        }
        if (logFile == null || !Files.isReadable(logFile)) {
            throw new IllegalStateException("The " + database.server().kind() + " test server keeps no readable "
                    + "statement log. Set " + LOG_FILE_VARIABLE + " to its log file, written with "
                    + "log_statement = 'all' and log_line_prefix = '[%d]'.");
        }
        return new StatementLog(database, logFile);
    }

    /**
     * Runs the action and returns the statements the server logged for this database meanwhile, in
     * order, pgjdbc's connection handshake ({@code SET application_name}) left out, each as its first log line without the prefix (for example
     * {@code "LOG:  statement: ALTER TABLE ..."} or {@code "LOG:  execute <unnamed>: SELECT ..."}).
     */
    public List<String> during(ThrowingRunnable action) throws Exception {
        // The log only grows: the start marker is written after what the file holds now.
        long origin = Files.size(logFile);
        String start = mark();
        long from = waitFor(start, origin);
        action.run();
        String end = mark();
        long to = waitFor(end, from);
        return statementsBetween(from, to, start, end);
    }

    /** The action of {@link #during}, allowed to throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private String mark() throws SQLException {
        String token = "aicare_statement_log_mark_" + UUID.randomUUID().toString().replace("-", "");
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        // Sends the application name at start-up instead of as a SET statement the log would show.
        properties.setProperty("assumeMinServerVersion", "10");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT '" + token + "'");
        }
        return token;
    }

    /** The offset just past the line holding the token, read from {@code from} on. */
    private long waitFor(String token, long from) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + ARRIVAL_TIMEOUT_MILLIS;
        while (true) {
            try (LogLines lines = LogLines.from(logFile, from)) {
                String line;
                while ((line = lines.next()) != null) {
                    if (line.contains(token)) {
                        return lines.offset();
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The statement log " + logFile + " did not show a marker within "
                        + ARRIVAL_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(20);
        }
    }

    private List<String> statementsBetween(long from, long to, String start, String end) throws IOException {
        String prefix = LINE_PREFIX_START + database.name() + LINE_PREFIX_END;
        List<String> statements = new ArrayList<>();
        try (LogLines lines = LogLines.from(logFile, from)) {
            String text;
            while (lines.offset() < to && (text = lines.next()) != null) {
                if (!text.startsWith(prefix) || text.contains(start) || text.contains(end)) {
                    continue;
                }
                String message = text.substring(prefix.length());
                if (message.equals(DRIVER_HANDSHAKE)) {
                    continue;
                }
                if (message.startsWith("LOG:  statement:") || message.startsWith("LOG:  execute")) {
                    statements.add(message);
                }
            }
        }
        return statements;
    }

    /** A folder the embedded server, which runs as "nobody" when started by root, can write its log to. */
    static Path prepareEmbeddedLogDirectory() throws IOException {
        Path directory = Files.createTempDirectory("aicare-pg-log");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        // deleteOnExit runs in reverse order: the file first, then its folder.
        directory.toFile().deleteOnExit();
        directory.resolve(EMBEDDED_LOG_FILE).toFile().deleteOnExit();
        return directory;
    }

    static Map<String, String> embeddedServerSettings(Path logDirectory) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("logging_collector", "on");
        settings.put("log_directory", logDirectory.toString());
        settings.put("log_filename", EMBEDDED_LOG_FILE);
        settings.put("log_file_mode", "0644");
        settings.put("log_statement", "all");
        settings.put("log_line_prefix", LINE_PREFIX_START + "%d" + LINE_PREFIX_END);
        return settings;
    }

    static void useFile(Path logFile) {
        file = logFile;
    }
}
