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
 *
 * <p>A waiting instance never blocks inside the server: it polls {@code pg_try_advisory_lock} in
 * auto-commit and sleeps between polls, holding no transaction and no snapshot. A blocked
 * {@code pg_advisory_lock} call would hold its statement's snapshot for the whole wait, and
 * {@code CREATE INDEX CONCURRENTLY} in the holder's migration waits for every older snapshot: the
 * holder would wait for the waiters, and the waiters for the holder.
 */
public final class SchemaLock {

    /** The lock key: the bytes of "AICARESC". Flyway derives its own keys from table names; they do not meet. */
    public static final long KEY = 0x4149_4341_5245_5343L;

    /** The first pause between polls, and the longest: the wait after a holder releases stays short. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    static final Duration LONGEST_PAUSE = Duration.ofMillis(500);

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
     * Takes the lock for a new transaction of the connection, waiting at most {@code timeout}
     * ({@link Duration#ZERO}: for ever). The wait happens in auto-commit; on return auto-commit is
     * off and the transaction holds the lock until it ends.
     *
     * @return how long it waited; zero when the lock was free
     */
    static Duration acquireForTransaction(Connection connection, Duration timeout, BootstrapListener listener)
            throws SQLException {
        connection.setAutoCommit(true);
        Duration waited = acquire(connection, timeout, listener);
        // Hand the session lock over to a transaction lock: advisory locks stack within a session, so the
        // transaction form is granted at once, and the session form is released inside the transaction.
        connection.setAutoCommit(false);
        call(connection, "pg_try_advisory_xact_lock");
        call(connection, "pg_advisory_unlock");
        return waited;
    }

    /** Takes the lock for the session of a new connection of its own; closing the result releases it. */
    static Held acquireForSession(DataSource dataSource, Duration timeout, BootstrapListener listener)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            Duration waited = acquire(connection, timeout, listener);
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
            try (connection) {
                call(connection, "pg_advisory_unlock");
            }
        }
    }

    /** Polls for the session lock in auto-commit, idle between polls, until it is had or the timeout passes. */
    private static Duration acquire(Connection connection, Duration timeout, BootstrapListener listener)
            throws SQLException {
        if (call(connection, "pg_try_advisory_lock")) {
            return Duration.ZERO;
        }
        listener.waitingForLock(holder(connection));
        long start = System.nanoTime();
        boolean forEver = timeout.isZero() || timeout.isNegative();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (!forEver && waited.compareTo(timeout) >= 0) {
                throw new SchemaBootstrapException("gave up after " + ProgressPrinter.duration(timeout)
                        + " waiting for the schema lock, held by " + holder(connection));
            }
            Duration left = forEver ? pause : timeout.minus(waited);
            sleep(pause.compareTo(left) < 0 ? pause : left);
            if (call(connection, "pg_try_advisory_lock")) {
                waited = Duration.ofNanos(System.nanoTime() - start);
                listener.lockAcquired(waited);
                return waited;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0 ? pause.multipliedBy(2) : LONGEST_PAUSE;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaBootstrapException("interrupted while waiting for the schema lock");
        }
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
}
