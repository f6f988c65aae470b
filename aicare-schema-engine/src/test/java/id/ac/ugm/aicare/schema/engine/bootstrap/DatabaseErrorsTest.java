package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Errors as a service's own data source reports them: with the driver's default
 * {@code logServerErrorDetail=true}, which appends {@code Failing row contains (...)}.
 */
@PostgresTest
class DatabaseErrorsTest {

    private static final String JOURNAL_TEXT = "I could not sleep again and I feel hopeless";

    private static SQLException failure(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS journal (id int PRIMARY KEY, body text, mood int NOT NULL)");
            return catchThrowableOfType(SQLException.class, () -> statement.execute(sql));
        }
    }

    @Test
    void aValueQuotedInThePrimaryMessageIsLeftOut(TestDatabase db) throws Exception {
        SQLException e = failure(db, "SELECT '" + JOURNAL_TEXT + "'::date");
        assertThat(e.getMessage()).contains(JOURNAL_TEXT);

        assertThat(DatabaseErrors.describe(e)).isEqualTo("SQL state 22007 (invalid datetime format)");
    }

    @Test
    void theFailingRowOfTheDetailIsLeftOutAndTheTableAndColumnNamed(TestDatabase db) throws Exception {
        SQLException e = failure(db, "INSERT INTO journal (id, body) VALUES (1, '" + JOURNAL_TEXT + "')");
        assertThat(e.getMessage()).contains(JOURNAL_TEXT);

        assertThat(DatabaseErrors.describe(e))
                .isEqualTo("SQL state 23502 (not null violation) on table journal, column mood");
    }

    @Test
    void messagesThatNameObjectsAreKept(TestDatabase db) throws Exception {
        SQLException e = failure(db, "SELECT nothing FROM journal");

        assertThat(DatabaseErrors.describe(e)).isEqualTo("ERROR: column \"nothing\" does not exist");
    }

    @Test
    void aBootstrapExceptionDropsACauseThatQuotesValuesAndKeepsItsSqlState(TestDatabase db) throws Exception {
        SQLException e = failure(db, "SELECT '" + JOURNAL_TEXT + "'::date");

        SchemaBootstrapException wrapped = new SchemaBootstrapException("migrate failed: " + DatabaseErrors.describe(e), e);

        assertThat(wrapped.getCause()).isNull();
        assertThat(wrapped.sqlState()).isEqualTo("22007");
        assertThat(wrapped.getMessage()).doesNotContain(JOURNAL_TEXT);
    }
}
