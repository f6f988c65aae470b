package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements in named groups (a table with its comments and indexes, a module's foreign keys, a
 * history table), sent to the server as one JDBC batch: pgjdbc pipelines a batch, so an empty
 * database's whole schema costs a few round trips instead of one or more per table. A failing
 * statement is still named by its group: after a failure the batch is rolled back to a savepoint
 * taken just before it, and the groups are run again one by one up to the one that fails (DDL
 * under {@code init}'s lock fails the same way twice), which then names itself.
 */
final class StatementGroups {

    private record Group(String what, List<String> statements) {
    }

    private final List<Group> groups = new ArrayList<>();

    /** Adds a group; {@code what} names it in an error ("table journal_entries"). */
    StatementGroups add(String what, List<String> statements) {
        if (!statements.isEmpty()) {
            groups.add(new Group(what, List.copyOf(statements)));
        }
        return this;
    }

    /**
     * Runs every group in one batch on a connection in a transaction (auto-commit off).
     *
     * @throws SQLException naming the failing group ("creating table x: ..."), the transaction rolled
     *                      back to where it was before this call
     */
    void execute(Connection connection) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (Group group : groups) {
                for (String sql : group.statements()) {
                    statement.addBatch(sql);
                }
            }
            statement.executeBatch();
        } catch (SQLException failure) {
            connection.rollback(before);
            throw namedFailure(connection, failure);
        }
        connection.releaseSavepoint(before);
    }

    /** Runs the groups again one by one to find the one that fails; the transaction is left rolled back to before them. */
    private SQLException namedFailure(Connection connection, SQLException failure) throws SQLException {
        Savepoint replay = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (Group group : groups) {
                try {
                    for (String sql : group.statements()) {
                        statement.execute(sql);
                    }
                } catch (SQLException e) {
                    return new SQLException("creating " + group.what() + ": " + SchemaBootstrap.message(e), e.getSQLState(), e);
                }
            }
        } finally {
            connection.rollback(replay);
        }
        return new SQLException("creating the schema: " + SchemaBootstrap.message(failure), failure.getSQLState(), failure);
    }
}
