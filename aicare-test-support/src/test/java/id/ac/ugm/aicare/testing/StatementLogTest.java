package id.ac.ugm.aicare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class StatementLogTest {

    @Test
    void showsTheStatementsSentToThisDatabaseDuringTheAction(TestDatabase database) throws Exception {
        List<String> sent = StatementLog.of(database).during(() -> {
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE logged_probe (id int)");
            }
        });

        assertThat(sent).singleElement().asString().contains("CREATE TABLE logged_probe");
    }

    @Test
    void isEmptyWhenTheActionSendsNothing(TestDatabase database) throws Exception {
        List<String> sent = StatementLog.of(database).during(() -> {
            // nothing reaches the server
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void leavesOutWhatOtherDatabasesReceive(TestDatabase database) throws Exception {
        TestDatabase other = database.createSibling("other");
        List<String> sent = StatementLog.of(database).during(() -> other.execute("CREATE TABLE elsewhere (id int)"));

        assertThat(sent).isEmpty();
    }
}
