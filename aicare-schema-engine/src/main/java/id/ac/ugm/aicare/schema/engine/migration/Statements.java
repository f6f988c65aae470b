package id.ac.ugm.aicare.schema.engine.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Sends the helpers' SQL. Every DDL statement runs under the configured {@code lock_timeout}; when
 * the lock is not granted (SQLSTATE 55P03, or a deadlock 40P01) the statement, or the atomic unit it
 * belongs to, is rolled back and tried again after a growing pause, a bounded number of times.
 * Inside a caller's transaction each attempt runs under a savepoint, so a failed attempt leaves the
 * transaction usable.
 */
final class Statements {

    static final String LOCK_NOT_AVAILABLE = "55P03";
    static final String DEADLOCK_DETECTED = "40P01";

    /** Work that talks to the database. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final MigrationOptions options;
    private boolean lockTimeoutSet;
    private String lockTimeoutToRestore;
    private int sent;

    Statements(Connection connection, MigrationOptions options) {
        this.connection = connection;
        this.options = options;
    }

    /** Statements and queries sent so far (catalog reads, probes, DDL, backfill batches). */
    int sent() {
        return sent;
    }

    boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new MigrationException("cannot tell whether the connection is in a transaction: " + e.getMessage(), e);
        }
    }

    /** A read-only query; wraps its SQLException. */
    <T> T query(String operation, Work<T> work, String sqlForListener) {
        options.listener().beforeStatement(sqlForListener);
        sent++;
        try {
            T result = work.run();
            options.listener().afterStatement(sqlForListener);
            return result;
        } catch (SQLException e) {
            throw MigrationException.of(operation, e);
        }
    }

    /**
     * Runs DDL statements, each on its own (in auto-commit mode each commits by itself), each with
     * the lock timeout and its retries.
     */
    void each(String operation, List<String> sql) {
        for (String statement : sql) {
            unit(operation, List.of(statement), false);
        }
    }

    void one(String operation, String sql) {
        unit(operation, List.of(sql), false);
    }

    /** Runs statements as one all-or-nothing unit: a transaction, or a savepoint inside the caller's. */
    void atomic(String operation, List<String> sql) {
        unit(operation, sql, true);
    }

    /**
     * Runs one statement that PostgreSQL refuses inside a transaction block (CREATE INDEX
     * CONCURRENTLY and friends); {@code beforeRetry} repairs what a failed attempt left behind.
     */
    void outsideTransaction(String operation, String sql, Runnable beforeRetry) {
        if (inTransaction()) {
            throw new MigrationException(operation + ": " + firstWords(sql) + " cannot run inside a transaction; run the "
                    + "migration outside one (IdempotentJavaMigration: super(TransactionMode.NON_TRANSACTIONAL))");
        }
        setLockTimeout(operation);
        for (int attempt = 1; ; attempt++) {
            try {
                execute(sql);
                return;
            } catch (SQLException e) {
                if (!retryable(e) || attempt >= options.attempts()) {
                    throw failure(operation, e, attempt, true);
                }
                pause(attempt);
                beforeRetry.run();
            }
        }
    }

    /** Runs work (a backfill batch) with the lock timeout and retries, in its own transaction when in auto-commit mode. */
    <T> T transaction(String operation, Work<T> work, String sqlForListener) {
        setLockTimeout(operation);
        boolean ownTransaction = !inTransaction();
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = null;
            try {
                if (ownTransaction) {
                    connection.setAutoCommit(false);
                } else {
                    savepoint = connection.setSavepoint();
                }
                options.listener().beforeStatement(sqlForListener);
                sent++;
                T result = work.run();
                options.listener().afterStatement(sqlForListener);
                if (ownTransaction) {
                    connection.commit();
                } else {
                    connection.releaseSavepoint(savepoint);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                undo(ownTransaction, savepoint);
                if (e instanceof SQLException sqlException && retryable(sqlException) && attempt < options.attempts()) {
                    pause(attempt);
                    continue;
                }
                throw e instanceof SQLException sqlException ? failure(operation, sqlException, attempt) : (RuntimeException) e;
            } finally {
                if (ownTransaction) {
                    restoreAutoCommit();
                }
            }
        }
    }

    private void unit(String operation, List<String> sql, boolean atomic) {
        setLockTimeout(operation);
        boolean ownTransaction = atomic && sql.size() > 1 && !inTransaction();
        boolean useSavepoint = inTransaction();
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = null;
            try {
                if (ownTransaction) {
                    connection.setAutoCommit(false);
                }
                if (useSavepoint) {
                    savepoint = connection.setSavepoint();
                }
                for (String statement : sql) {
                    execute(statement);
                }
                if (useSavepoint) {
                    connection.releaseSavepoint(savepoint);
                }
                if (ownTransaction) {
                    connection.commit();
                }
                return;
            } catch (SQLException | RuntimeException e) {
                if (useSavepoint || ownTransaction) {
                    undo(ownTransaction, savepoint);
                }
                if (e instanceof SQLException sqlException && retryable(sqlException) && attempt < options.attempts()) {
                    pause(attempt);
                    continue;
                }
                throw e instanceof SQLException sqlException ? failure(operation, sqlException, attempt) : (RuntimeException) e;
            } finally {
                if (ownTransaction) {
                    restoreAutoCommit();
                }
            }
        }
    }

    private void execute(String sql) throws SQLException {
        options.listener().beforeStatement(sql);
        sent++;
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        options.listener().afterStatement(sql);
    }

    /**
     * Sets the session's lock_timeout once, before the first DDL, remembering the old value in the
     * same round trip; {@link #restore()} puts it back.
     */
    private void setLockTimeout(String operation) {
        if (lockTimeoutSet) {
            return;
        }
        String sql = "SELECT (SELECT current_setting('lock_timeout')), set_config('lock_timeout', ?, false)";
        lockTimeoutToRestore = query(operation, () -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, options.lockTimeout().toMillis() + "ms");
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        }, sql);
        lockTimeoutSet = true;
    }

    /** Puts back the session's lock_timeout as it was before the first DDL. */
    void restore() {
        if (!lockTimeoutSet) {
            return;
        }
        lockTimeoutSet = false;
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            statement.setString(1, lockTimeoutToRestore);
            statement.execute();
        } catch (SQLException e) {
            // An aborted transaction undoes the SET itself when it rolls back.
        }
    }

    private void undo(boolean ownTransaction, Savepoint savepoint) {
        try {
            if (savepoint != null) {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            } else if (ownTransaction) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection reports itself on the next use
        }
    }

    private static boolean retryable(SQLException e) {
        return LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || DEADLOCK_DETECTED.equals(e.getSQLState());
    }

    private MigrationException failure(String operation, SQLException e, int attempts) {
        return failure(operation, e, attempts, false);
    }

    private MigrationException failure(String operation, SQLException e, int attempts, boolean concurrent) {
        if (retryable(e)) {
            return new LockTimeoutException(operation + ": gave up after " + attempts + " attempt"
                    + (attempts == 1 ? "" : "s") + " with lock_timeout " + options.lockTimeout().toMillis()
                    + "ms; another session holds a conflicting lock (see pg_locks and pg_stat_activity). "
                    + "Nothing of this step was applied; re-run the migration when the lock is free."
                    + (concurrent ? " A CONCURRENTLY statement also waits for every transaction open in the database, "
                    + "the migration tool's own included: under Flyway set flyway.postgresql.transactional.lock=false." : "")
                    + " Last error: " + e.getMessage(), e);
        }
        return MigrationException.of(operation, e);
    }

    private void pause(int attempt) {
        Duration wait = options.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (wait.compareTo(options.maxBackoff()) > 0) {
            wait = options.maxBackoff();
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting to retry", e);
        }
    }

    private static String firstWords(String sql) {
        String[] words = sql.trim().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(words.length, 4)));
    }
}
