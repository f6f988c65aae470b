package id.ac.ugm.aicare.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL probes bind their values, and say what failed without the values. */
@PostgresTest
class JdbcTestDatabaseTest {

    private static JdbcTestDatabase db;

    @BeforeAll
    static void createTable(TestDatabase database) {
        database.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text UNIQUE, ref uuid, score int)");
        db = new JdbcTestDatabase(database);
    }

    @Test
    void valuesAreBoundSoQuotesNeedNoEscaping() {
        String body = "it's a 'quoted' value; DROP TABLE notes; --";
        int id = db.insertReturningId("INSERT INTO notes (body) VALUES (?) RETURNING id", body);

        assertThat(db.queryText("SELECT body FROM notes WHERE id = ?", id)).isEqualTo(body);
        assertThat(db.queryLong("SELECT count(*) FROM notes WHERE body = ? AND id = ?", body, id)).isOne();
        assertThat(db.count("notes")).isPositive();
    }

    @Test
    void uuidsAndNullsAreBoundToo() {
        UUID ref = UUID.randomUUID();
        int id = db.insertReturningId("INSERT INTO notes (body, ref, score) VALUES (?, ?, ?) RETURNING id",
                "with ref", ref, null);

        assertThat(db.queryValue("SELECT ref FROM notes WHERE id = ?", id)).isEqualTo(ref);
        assertThat(db.queryValue("SELECT score FROM notes WHERE id = ?", id)).isNull();
        assertThat(db.queryText("SELECT score::text FROM notes WHERE id = ?", id)).isNull();
        assertThatThrownBy(() -> db.queryLong("SELECT score FROM notes WHERE id = ?", id))
                .isInstanceOf(AssertionError.class).hasMessageContaining("NULL");
    }

    @Test
    void aQueryWithoutARowFailsQuotingTheSqlButNotTheValues() {
        assertThatThrownBy(() -> db.queryText("SELECT body FROM notes WHERE body = ?", "secret-value"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("No row from: SELECT body FROM notes WHERE body = ?");
    }

    @Test
    void executeReturnsTheUpdateCountAndAFailureNamesTheConstraint() {
        db.execute("INSERT INTO notes (body) VALUES (?)", "unique body");
        assertThat(db.execute("UPDATE notes SET score = ? WHERE body = ?", 7, "unique body")).isOne();

        assertThatThrownBy(() -> db.execute("INSERT INTO notes (body) VALUES (?)", "unique body"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INSERT INTO notes (body) VALUES (?)")
                .hasMessageContaining("notes_body_key")
                .hasMessageNotContaining("unique body"); // PostgreSQL's DETAIL would quote it
        assertThat(db.sqlStateOf("INSERT INTO notes (body) VALUES (?)", "unique body")).isEqualTo("23505");
    }

    @Test
    void aStatementExpectedToFailThatSucceedsFailsTheTest() {
        assertThatThrownBy(() -> db.sqlStateOf("UPDATE notes SET score = ? WHERE false", 1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected the statement to fail");
    }

    @Test
    void countTakesOnlyAPlainTableName() {
        assertThatThrownBy(() -> db.count("notes; DROP TABLE notes"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
