package id.ac.ugm.aicare.schema.engine.lint.verify;

import id.ac.ugm.aicare.schema.engine.lint.flyway.FlywayTransactions;
import id.ac.ugm.aicare.schema.engine.lint.lexer.LexedSource;
import id.ac.ugm.aicare.schema.engine.lint.lexer.SqlLexer;
import id.ac.ugm.aicare.schema.engine.lint.lexer.SqlStatement;
import id.ac.ugm.aicare.schema.engine.lint.lexer.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one migration's statements to a connection as Flyway would: in one transaction, or, when
 * the file holds statements that cannot run in one, each on its own.
 */
final class MigrationRun {

    /** A statement that failed, with the server's reason in one line. */
    record Failure(SqlStatement statement, String reason) {
    }

    private final List<SqlStatement> statements;
    private final boolean transactional;

    private MigrationRun(List<SqlStatement> statements, boolean transactional) {
        this.statements = statements;
        this.transactional = transactional;
    }

    static MigrationRun of(String sql) {
        LexedSource lexed = SqlLexer.lex(sql);
        List<SqlStatement> statements = StatementSplitter.split(lexed);
        boolean transactional = statements.stream().noneMatch(FlywayTransactions::isNonTransactional);
        return new MigrationRun(statements, transactional);
    }

    /**
     * The first run: stops at the first failure and undoes what it can, as Flyway does.
     *
     * @return the failure, or null when every statement succeeded
     */
    Failure applyOnce(Connection connection) throws SQLException {
        connection.setAutoCommit(!transactional);
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement statement : statements) {
                try {
                    jdbc.execute(statement.text());
                } catch (SQLException e) {
                    if (transactional) {
                        connection.rollback();
                    }
                    return new Failure(statement, reason(e));
                }
            }
            if (transactional) {
                connection.commit();
            }
            return null;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The second run: goes on past failures so that every statement that cannot run twice is
     * reported, each failure undone to a savepoint so that the ones after it still run.
     */
    List<Failure> applyAgain(Connection connection) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        connection.setAutoCommit(!transactional);
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement statement : statements) {
                if (transactional) {
                    jdbc.execute("SAVEPOINT aicare_lint_verify");
                }
                try {
                    jdbc.execute(statement.text());
                    if (transactional) {
                        jdbc.execute("RELEASE SAVEPOINT aicare_lint_verify");
                    }
                } catch (SQLException e) {
                    failures.add(new Failure(statement, reason(e)));
                    if (transactional) {
                        jdbc.execute("ROLLBACK TO SAVEPOINT aicare_lint_verify");
                    }
                }
            }
            if (transactional) {
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return failures;
    }

    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return e.getSQLState() == null ? firstLine : firstLine + " (SQLSTATE " + e.getSQLState() + ")";
    }
}
