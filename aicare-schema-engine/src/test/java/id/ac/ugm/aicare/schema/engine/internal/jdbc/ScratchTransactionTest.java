package id.ac.ugm.aicare.schema.engine.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Code that runs "outside a transaction" on a scratch connection (a non-transactional migration) and
 * opens a transaction of its own, as the helpers' probes do, gets a rollback that undoes its work:
 * a probe's temporary table is gone and the next probe can create it again; work it committed stays
 * until the shared transaction is rolled back.
 */
@PostgresTest
class ScratchTransactionTest {

    @Test
    void aTransactionTheCodeOpensItselfIsRolledBackToItsStart(TestDatabase db) throws Exception {
        try (Connection shared = db.connection()) {
            shared.setAutoCommit(false);
            Connection scratch = new TransactionDataSource(shared, ScratchConnection::wrap).getConnection();
            scratch.setAutoCommit(true);
            for (int probe = 0; probe < 2; probe++) {
                scratch.setAutoCommit(false);
                try (Statement statement = scratch.createStatement()) {
                    statement.execute("CREATE TEMP TABLE probe (a int)");
                }
                scratch.rollback();
                scratch.setAutoCommit(true);
            }
            scratch.setAutoCommit(false);
            try (Statement statement = scratch.createStatement()) {
                statement.execute("CREATE TABLE kept (a int)");
            }
            scratch.commit();
            scratch.rollback();

            assertThat(exists(shared, "pg_temp.probe")).isFalse();
            assertThat(exists(shared, "kept")).isTrue();
            shared.rollback();
            assertThat(exists(shared, "kept")).isFalse();
        }
    }

    @Test
    void aRollbackToTheCallersSavepointStaysInsideTheSharedTransaction(TestDatabase db) throws Exception {
        try (Connection shared = db.connection()) {
            shared.setAutoCommit(false);
            Connection bound = new TransactionDataSource(shared).getConnection();
            try (Statement statement = bound.createStatement()) {
                statement.execute("CREATE TABLE before_savepoint (a int)");
            }
            var savepoint = bound.setSavepoint();
            try (Statement statement = bound.createStatement()) {
                statement.execute("CREATE TABLE after_savepoint (a int)");
            }
            bound.rollback(savepoint);
            bound.rollback();

            assertThat(exists(shared, "after_savepoint")).isFalse();
            assertThat(exists(shared, "before_savepoint")).isTrue();
            shared.rollback();
        }
    }

    private static boolean exists(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('" + name + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
