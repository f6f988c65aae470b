package id.ac.ugm.aicare.schema.lint.verify;

import id.ac.ugm.aicare.schema.lint.internal.flyway.FlywayTransactions;
import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Applies one migration's statements to a connection as Flyway would: in one transaction, or, when
 * the file holds statements that cannot run in one, each on its own.
 */
final class MigrationRun {

    /**
     * A statement that failed, with the server's reason in one line.
     *
     * @param refused the server refused it for lack of privilege: it reaches beyond the scratch database
     */
    record Failure(SqlStatement statement, String reason, boolean refused) {
    }

    /** What the first run did: the failure it stopped at (or null), and the statements refused on the way. */
    record FirstRun(Failure failure, List<Failure> refused) {
    }

    /** insufficient_privilege: what the server answers a contained role that reaches beyond its database. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final List<SqlStatement> statements;
    private final boolean transactional;
    /** Statements refused on the first run: the second run skips them, they are already reported. */
    private final Set<SqlStatement> refusedOnce = Collections.newSetFromMap(new IdentityHashMap<>());

    private MigrationRun(List<SqlStatement> statements, boolean transactional) {
        this.statements = statements;
        this.transactional = transactional;
    }

    static MigrationRun of(String sql) {
        return of(sql, null);
    }

    /**
     * @param executeInTransaction the script configuration's override ({@code V2__x.sql.conf}), or null
     *                             to decide from the statements as Flyway does
     */
    static MigrationRun of(String sql, Boolean executeInTransaction) {
        LexedSource lexed = SqlLexer.lex(sql);
        List<SqlStatement> statements = StatementSplitter.split(lexed);
        // A file with its own BEGIN/COMMIT manages its transactions; wrapping it in one more would
        // have its COMMIT end ours, and every savepoint after it with it.
        boolean transactional = executeInTransaction != null ? executeInTransaction
                : statements.stream().noneMatch(FlywayTransactions::isNonTransactional)
                        && statements.stream().noneMatch(MigrationRun::isTransactionControl);
        return new MigrationRun(statements, transactional);
    }

    private static boolean isTransactionControl(SqlStatement statement) {
        if (statement.first().isAny("BEGIN", "COMMIT", "END", "ABORT")) {
            return true;
        }
        if (statement.first().is("START")) {
            return statement.is(1, "TRANSACTION");
        }
        return statement.first().is("ROLLBACK") && !statement.is(1, "TO");
    }

    /** True while a file's own BEGIN is open: its statements then need savepoints, as in a transactional run. */
    private boolean inFileTransaction;

    /**
     * The first run: stops at the first failure and undoes what it can, as Flyway does. A statement
     * refused for lack of privilege is reported, undone to a savepoint and skipped, so that the rest of
     * the migration is still verified.
     */
    FirstRun applyOnce(Connection connection) throws SQLException {
        List<Failure> refused = new ArrayList<>();
        connection.setAutoCommit(!transactional);
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement statement : statements) {
                Failure failure = execute(jdbc, statement);
                if (failure != null && failure.refused()) {
                    refused.add(failure);
                    refusedOnce.add(statement);
                } else if (failure != null) {
                    if (transactional) {
                        connection.rollback();
                    } else if (inFileTransaction) {
                        jdbc.execute("ROLLBACK");
                        inFileTransaction = false;
                    }
                    return new FirstRun(failure, refused);
                }
            }
            if (transactional) {
                connection.commit();
            } else if (inFileTransaction) {
                jdbc.execute("COMMIT");
                inFileTransaction = false;
            }
            return new FirstRun(null, refused);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The second run: goes on past failures so that every statement that cannot run twice is
     * reported, each failure undone to a savepoint so that the ones after it still run. Statements
     * refused on the first run are not sent again.
     */
    List<Failure> applyAgain(Connection connection) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        connection.setAutoCommit(!transactional);
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement statement : statements) {
                if (refusedOnce.contains(statement)) {
                    continue;
                }
                Failure failure = execute(jdbc, statement);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            if (transactional) {
                connection.commit();
            } else if (inFileTransaction) {
                // A file that leaves its transaction open: Flyway's session would commit it at the end.
                jdbc.execute("COMMIT");
                inFileTransaction = false;
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return failures;
    }

    /** Runs one statement; in a transaction, a failure is undone to a savepoint so that the transaction goes on. */
    private Failure execute(Statement jdbc, SqlStatement statement) throws SQLException {
        if (isTransactionControl(statement)) {
            return control(jdbc, statement);
        }
        boolean savepoint = transactional || inFileTransaction;
        if (savepoint) {
            jdbc.execute("SAVEPOINT aicare_lint_verify");
        }
        try {
            jdbc.execute(statement.text());
            if (savepoint) {
                jdbc.execute("RELEASE SAVEPOINT aicare_lint_verify");
            }
            return null;
        } catch (SQLException e) {
            if (savepoint) {
                jdbc.execute("ROLLBACK TO SAVEPOINT aicare_lint_verify");
            }
            return new Failure(statement, reason(e), INSUFFICIENT_PRIVILEGE.equals(e.getSQLState()));
        }
    }

    /** The file's own BEGIN, COMMIT or ROLLBACK, run as written in an autocommit session. */
    private Failure control(Statement jdbc, SqlStatement statement) {
        boolean opens = statement.first().isAny("BEGIN", "START");
        try {
            jdbc.execute(statement.text());
            inFileTransaction = opens;
            return null;
        } catch (SQLException e) {
            return new Failure(statement, reason(e), false);
        }
    }

    static String reason(SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return e.getSQLState() == null ? firstLine : firstLine + " (SQLSTATE " + e.getSQLState() + ")";
    }
}
