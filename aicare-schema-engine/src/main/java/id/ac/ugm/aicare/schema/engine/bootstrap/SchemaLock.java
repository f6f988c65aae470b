package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The PostgreSQL advisory lock that serialises {@code init} and {@code migrate} across every process
 * that runs them against one database. The server releases it when its holder commits, rolls back
 * or disappears, so a killed process never leaves it behind.
 *
 * <p>{@code init} holds it for its one transaction ({@code pg_advisory_xact_lock}); {@code migrate}
 * holds it for the session of a separate, idle connection ({@code pg_advisory_lock}) while Flyway
 * works on its own connections, so that a migration's {@code CREATE INDEX CONCURRENTLY} does not
 * wait for the lock holder's transaction. Both forms of the same key exclude each other.
 */
public final class SchemaLock {

    /** The lock key: the bytes of "AICARESC". Flyway derives its own keys from table names; they do not meet. */
    public static final long KEY = 0x4149_4341_5245_5343L;

    private static final String HOLDER = """
            SELECT a.pid, a.application_name, host(a.client_addr), a.state
            FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND ((l.classid::bigint << 32) | l.objid::bigint) = ?
            """;

    private SchemaLock() {
    }

    /**
     * Takes the lock for the connection's open transaction (auto-commit must be off), waiting at most
     * {@code timeout} ({@link Duration#ZERO}: for ever).
     *
     * @return how long it waited; zero when the lock was free
     */
    static Duration acquireForTransaction(Connection connection, Duration timeout, BootstrapListener listener)
            throws SQLException {
        return acquire(connection, "pg_try_advisory_xact_lock", "pg_advisory_xact_lock", true, timeout, listener);
    }

    /** Takes the lock for the session of a new connection of its own; closing the result releases it. */
    static Held acquireForSession(DataSource dataSource, Duration timeout, BootstrapListener listener)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            Duration waited = acquire(connection, "pg_try_advisory_lock", "pg_advisory_lock", false, timeout, listener);
            return new Held(connection, waited);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A session-level hold; {@link #close()} unlocks and closes its connection. */
    static final class Held implements AutoCloseable {
        private final Connection connection;
        private final Duration waited;

        private Held(Connection connection, Duration waited) {
            this.connection = connection;
            this.waited = waited;
        }

        Duration waited() {
            return waited;
        }

        @Override
        public void close() throws SQLException {
            try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            }
        }
    }

    private static Duration acquire(Connection connection, String tryFunction, String waitFunction, boolean local,
                                    Duration timeout, BootstrapListener listener) throws SQLException {
        if (call(connection, tryFunction)) {
            return Duration.ZERO;
        }
        String holder = holder(connection);
        listener.waitingForLock(holder);
        long start = System.nanoTime();
        String previous = setting(connection, "lock_timeout");
        setConfig(connection, "lock_timeout", timeout.isZero() || timeout.isNegative() ? "0"
                : Math.max(1, timeout.toMillis()) + "ms", local);
        try {
            call(connection, waitFunction);
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                throw new SchemaBootstrapException("gave up after " + ProgressPrinter.duration(timeout)
                        + " waiting for the schema lock, held by " + holder, e);
            }
            throw e;
        }
        setConfig(connection, "lock_timeout", previous, local);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        listener.lockAcquired(waited);
        return waited;
    }

    /** Who holds the lock, as far as this role may see: "process 4242 (aicare-schema, 10.0.0.7)". */
    static String holder(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return "another session (it has just released it)";
                }
                StringBuilder text = new StringBuilder("process ").append(rows.getInt(1));
                String application = rows.getString(2);
                String address = rows.getString(3);
                if ((application != null && !application.isEmpty()) || address != null) {
                    text.append(" (").append(application == null || application.isEmpty() ? "unnamed" : application);
                    if (address != null) {
                        text.append(", ").append(address);
                    }
                    text.append(')');
                }
                return text.toString();
            }
        }
    }

    private static boolean call(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Object value = rows.getObject(1);
                return !(value instanceof Boolean acquired) || acquired;
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void setConfig(Connection connection, String name, String value, boolean local) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, ?)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.setBoolean(3, local);
            statement.execute();
        }
    }
}
