package id.ac.ugm.aicare.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimal user row fits the reference schema's {@code users} table: every required column, nothing more. */
@PostgresTest
class MinimalUserRowTest {

    @Test
    void insertsIntoTheReferenceUsersTable(TestDatabase database) {
        database.execute(ReferenceSchema.load().ddl(List.of("users")));
        JdbcTestDatabase db = new JdbcTestDatabase(database);

        int first = MinimalUserRow.insert(db, "o'brien@mail.ugm.ac.id");
        int second = MinimalUserRow.insert(db, "second@mail.ugm.ac.id");

        assertThat(second).isNotEqualTo(first);
        assertThat(db.queryText("SELECT email || ' ' || role || ' ' || is_active FROM users WHERE id = ?", first))
                .isEqualTo("o'brien@mail.ugm.ac.id user true");
    }
}
