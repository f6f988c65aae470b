package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A failed {@code CREATE INDEX CONCURRENTLY} leaves an INVALID index behind, which a name-only check
 * would skip forever: the helper looks at {@code indisvalid} and rebuilds it.
 */
@PostgresTest
class InvalidIndexTest {

    private static final String DUPLICATES = """
            CREATE TABLE users (id serial PRIMARY KEY, email text);
            INSERT INTO users (email) VALUES ('a@example.org'), ('b@example.org'), ('a@example.org');
            """;

    private static final IndexDef UNIQUE_EMAIL = IndexDef.on("users").columns("email").unique().named("users_email_idx");

    @Test
    void aUniqueIndexThatFailsOnDuplicatesIsBuiltValidOnceTheDataIsFixed(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "invalid")) {
            scratch.execute(DUPLICATES);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThatThrownBy(() -> migrator.createIndex(UNIQUE_EMAIL))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("create index users_email_idx")
                        .hasMessageContaining("23505");
            }
            assertThat(scratch.snapshot().table("users").indexes()).as("no INVALID leftover").isEmpty();

            scratch.execute("DELETE FROM users WHERE id = 3");
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.createIndex(UNIQUE_EMAIL)).isEqualTo(Outcome.APPLIED);
            }
            IndexSnapshot index = scratch.snapshot().table("users").index("users_email_idx");
            assertThat(index.valid()).isTrue();
            assertThat(index.unique()).isTrue();
        }
    }

    @Test
    void anInvalidIndexLeftByAnInterruptedBuildIsDroppedAndBuiltAgain(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "invalid")) {
            scratch.execute(DUPLICATES);
            leaveInvalidIndex(scratch, "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email)");
            assertThat(scratch.snapshot().table("users").index("users_email_idx").valid()).isFalse();
            scratch.execute("DELETE FROM users WHERE id = 3");

            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                assertThat(migrator.createIndex(UNIQUE_EMAIL)).as("not skipped by name").isEqualTo(Outcome.APPLIED);
            }
            assertThat(listener.ddl()).anyMatch(sql -> sql.startsWith("DROP INDEX CONCURRENTLY IF EXISTS"))
                    .anyMatch(sql -> sql.startsWith("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS"));
            assertThat(scratch.snapshot().table("users").index("users_email_idx").valid()).isTrue();
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.createIndex(UNIQUE_EMAIL)).isEqualTo(Outcome.ALREADY_PRESENT);
            }
        }
    }

    @Test
    void aUniqueConstraintRebuildsAnInvalidIndexOfItsNameBeforeAttachingIt(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "invalid")) {
            scratch.execute(DUPLICATES);
            leaveInvalidIndex(scratch, "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)");
            scratch.execute("UPDATE users SET email = 'c@example.org' WHERE id = 3");

            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.addUniqueConstraint("users", "users_email_key", "email")).isEqualTo(Outcome.APPLIED);
                assertThat(migrator.addUniqueConstraint("users", "users_email_key", "email"))
                        .isEqualTo(Outcome.ALREADY_PRESENT);
            }
            assertThat(scratch.snapshot().table("users").uniqueConstraints())
                    .singleElement().satisfies(key -> assertThat(key.columns()).containsExactly("email"));
            assertThat(scratch.snapshot().table("users").indexes()).isEmpty();
        }
    }

    /** Runs a concurrent build that fails on the duplicates, as a crash would, leaving the INVALID index. */
    private static void leaveInvalidIndex(Scratch scratch, String sql) throws SQLException {
        try (Statement statement = scratch.connection.createStatement()) {
            statement.execute(sql);
            throw new AssertionError("the build was expected to fail on the duplicate rows");
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("23505");
        }
    }
}
