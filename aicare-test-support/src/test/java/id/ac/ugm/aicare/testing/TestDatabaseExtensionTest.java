package id.ac.ugm.aicare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@PostgresTest
class TestDatabaseExtensionTest {

    @Test
    void givesEachClassItsOwnEmptyDatabase(TestDatabase db) throws Exception {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'),"
                             + " current_setting('server_version_num')::int / 10000")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(db.name()).startsWith("t_testdatabaseextensiontest_");
            assertThat(rows.getLong(2)).isZero();
            assertThat(rows.getInt(3)).isEqualTo(PostgresMajor.requested().orElse(rows.getInt(3)))
                    .isBetween(PostgresMajor.OLDEST, PostgresMajor.NEWEST);
        }
    }

    @Test
    void siblingDatabasesAreCreatedOnTheSameServer(TestDatabase db) {
        TestDatabase sibling = db.createSibling("copy");
        sibling.execute("CREATE TABLE probe (id int)");
        assertThat(sibling.name()).isEqualTo(db.name() + "_copy");
        assertThat(sibling.jdbcUrl()).endsWith("/" + sibling.name());
    }
}
