package id.ac.ugm.aicare.schema.migration;

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
    static final String BACKFILL_BATCH_PREFIX = "WITH aicare_batch ";
    private static final String BACKFILL_BATCH = "UPDATE of a backfill batch";
    private static final String REPAIR = "-- repair";
    private static final String NOTHING_APPLIED = "Nothing of this step was applied.";
    private static final String CONCURRENT_NOTE = "A CONCURRENTLY statement also waits for every transaction open in "
            + "the database, the migration tool's own included: under Flyway set "
            + "flyway.postgresql.transactional.lock=false.";

    /** Work that talks to the database. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final MigrationOptions options;
    /** Set when planning a dry run: the statements that would change the database, which are recorded and never sent. */
    private final List<String> planned;
    private boolean plannedInTransaction;
    private boolean lockTimeoutSet;
    private String lockTimeoutToRestore;
    private int sent;

    Statements(Connection connection, MigrationOptions options) {
        this.connection = connection;
        this.options = options;
        this.planned = null;
    }

    /** Statements that only record what they would send (queries still run): a dry run's. */
    static Statements planning(Connection connection, MigrationOptions options) {
        return new Statements(connection, options, new java.util.ArrayList<>());
    }

    private Statements(Connection connection, MigrationOptions options, List<String> planned) {
        this.connection = connection;
        this.options = options;
        this.planned = planned;
    }

    boolean planning() {
        return planned != null;
    }

    /** In a dry run: whether the migration being planned would run in a transaction. */
    void planInTransaction(boolean inTransaction) {
        this.plannedInTransaction = inTransaction;
    }

    /** In a dry run: every statement recorded so far, in order. */
    List<String> planned() {
        return List.copyOf(planned);
    }

    /** In a dry run: records a statement the migration would send. */
    void plan(String sql) {
        options.listener().beforeStatement(sql);
        planned.add(sql);
        options.listener().afterStatement(sql);
    }

    /** Statements and queries sent so far (catalog reads, probes, DDL, backfill batches). */
    int sent() {
        return sent;
    }

    boolean inTransaction() {
        if (planning()) {
            return plannedInTransaction;
        }
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw MigrationException.of("cannot tell whether the connection is in a transaction", "getAutoCommit", e);
        }
    }

    /** A read-only query; wraps its SQLException. */
    <T> T query(String operation, Work<T> work, String sqlForListener) {
        return query(operation, work, sqlForListener, operation);
    }

    /** A read-only query whose failure is reported as {@code failing}, e.g. "what the migration describes cannot be built". */
    <T> T query(String operation, Work<T> work, String sqlForListener, String failing) {
        options.listener().beforeStatement(sqlForListener);
        sent++;
        try {
            T result = work.run();
            options.listener().afterStatement(sqlForListener);
            return result;
        } catch (SQLException e) {
            throw MigrationException.of(failing, kindOf(sqlForListener), e);
        }
    }

    /**
     * Runs DDL statements, each on its own (in auto-commit mode each commits by itself), each with
     * the lock timeout and its retries.
     */
    void each(String operation, List<String> sql) {
        for (int i = 0; i < sql.size(); i++) {
            unit(operation, List.of(sql.get(i)), false, i == 0 ? NOTHING_APPLIED
                    : "The " + (i == 1 ? "statement" : i + " statements") + " of this step before it stay applied "
                    + "(the next run continues after them); this one was rolled back.");
        }
    }

    void one(String operation, String sql) {
        unit(operation, List.of(sql), false, NOTHING_APPLIED);
    }

    /** Runs statements as one all-or-nothing unit: a transaction, or a savepoint inside the caller's. */
    void atomic(String operation, List<String> sql) {
        unit(operation, sql, true, NOTHING_APPLIED);
    }

    /**
     * Runs one statement that PostgreSQL refuses inside a transaction block (CREATE INDEX
     * CONCURRENTLY and friends). The retries are flat: each attempt after the first (and the first too
     * when {@code repairFirst}) runs {@code repair} (which removes what a failed attempt left behind,
     * sent once, with no retries of its own) and then the statement, and a lock not granted to either
     * counts as one failed attempt, so at most {@code attempts} statements and as many repairs are
     * sent. What a failed statement leaves behind is for the caller to say.
     */
    void outsideTransaction(String operation, String sql, boolean repairFirst, Work<Void> repair) {
        if (inTransaction()) {
            throw new MigrationException(operation + ": " + kindOf(sql) + " cannot run inside a transaction; run the "
                    + "migration outside one (IdempotentJavaMigration: super(TransactionMode.NON_TRANSACTIONAL))");
        }
        if (planning()) {
            try {
                if (repairFirst) {
                    repair.run();
                }
            } catch (SQLException e) {
                throw MigrationException.of(operation, kindOf(sql), e);
            }
            plan(sql);
            return;
        }
        setLockTimeout(operation);
        for (int attempt = 1; ; attempt++) {
            String current = sql;
            try {
                if (attempt > 1 || repairFirst) {
                    current = REPAIR;
                    repair.run();
                    current = sql;
                }
                execute(sql);
                return;
            } catch (SQLException e) {
                if (!retryable(e) || attempt >= options.attempts()) {
                    throw failure(operation, current, e, attempt, CONCURRENT_NOTE);
                }
                pause(attempt);
            }
        }
    }

    /** Sends one statement once, outside any retry: the repair step of {@link #outsideTransaction}. */
    void once(String sql) throws SQLException {
        execute(sql);
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
                throw e instanceof SQLException sqlException
                        ? failure(operation, sqlForListener, sqlException, attempt, NOTHING_APPLIED) : (RuntimeException) e;
            } finally {
                if (ownTransaction) {
                    restoreAutoCommit();
                }
            }
        }
    }

    private void unit(String operation, List<String> sql, boolean atomic, String leftBehind) {
        if (planning()) {
            sql.forEach(this::plan);
            return;
        }
        setLockTimeout(operation);
        boolean ownTransaction = atomic && sql.size() > 1 && !inTransaction();
        boolean useSavepoint = inTransaction();
        String current = sql.get(0);
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
                    current = statement;
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
                throw e instanceof SQLException sqlException
                        ? failure(operation, current, sqlException, attempt, leftBehind) : (RuntimeException) e;
            } finally {
                if (ownTransaction) {
                    restoreAutoCommit();
                }
            }
        }
    }

    private void execute(String sql) throws SQLException {
        if (planning()) {
            plan(sql);
            return;
        }
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
                statement.setString(1, options.lockTimeoutMillis() + "ms");
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

    /**
     * The failure of a statement after {@code attempts} attempts, naming the operation, the kind of
     * statement and the SQLSTATE, and, for a lock not granted, what of the step is left in place.
     */
    private MigrationException failure(String operation, String sql, SQLException e, int attempts, String leftBehind) {
        if (retryable(e)) {
            return new LockTimeoutException(operation + ": " + kindOf(sql) + " gave up after " + attempts + " attempt"
                    + (attempts == 1 ? "" : "s") + " with lock_timeout " + options.lockTimeoutMillis()
                    + "ms; another session holds a conflicting lock (see pg_locks and pg_stat_activity). "
                    + leftBehind + " Re-run the migration when the lock is free. Last error: "
                    + ServerErrors.describe(e), e.getSQLState());
        }
        return MigrationException.of(operation, kindOf(sql), e);
    }

    private void pause(int attempt) {
        Duration wait = options.maxBackoff();
        if (attempt - 1 < 20 && options.backoff().compareTo(options.maxBackoff().dividedBy(1L << (attempt - 1))) <= 0) {
            wait = options.backoff().multipliedBy(1L << (attempt - 1));
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting to retry", e);
        }
    }

    /**
     * The kind of a statement the helpers wrote, for messages: its leading keywords
     * ({@code ALTER TABLE}, {@code CREATE UNIQUE INDEX CONCURRENTLY}), never the names or text after them.
     */
    static String kindOf(String sql) {
        if (sql == null) {
            return "statement";
        }
        if (sql.startsWith(BACKFILL_BATCH_PREFIX)) {
            return BACKFILL_BATCH;
        }
        if (sql.equals(REPAIR)) {
            return "repair of the failed attempt before a retry";
        }
        if (sql.startsWith("-- probe")) {
            return "rolled-back probe";
        }
        List<String> keywords = new java.util.ArrayList<>();
        for (String word : sql.trim().split("\\s+")) {
            if (!word.matches("[A-Z]+") || keywords.size() == 5) {
                break;
            }
            keywords.add(word);
        }
        return keywords.isEmpty() ? "statement" : String.join(" ", keywords);
    }
}
