package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Another session holds a lock on the table: the helper waits at most lock_timeout per attempt,
 * retries a bounded number of times with backoff, then gives up with a clear error, and nothing of
 * the step is applied. Once the lock is gone the same call succeeds.
 */
@PostgresTest
class LockTimeoutTest {

    private static final MigrationOptions IMPATIENT = MigrationOptions.defaults()
            .withLockTimeout(Duration.ofMillis(150)).withAttempts(3).withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

    @Test
    void aHelperBlockedByAnotherSessionGivesUpAfterItsRetriesAndAppliesNothing(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "locked")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)");
            SchemaSnapshot before = scratch.snapshot();
            RecordingListener listener = new RecordingListener();
            try (Connection holder = scratch.another(database)) {
                holdLock(holder);
                try (SchemaMigrator migrator = scratch.migrator(IMPATIENT.withListener(listener))) {
                    long started = System.nanoTime();
                    assertThatThrownBy(() -> migrator.addColumn("users", ColumnDef.of("mood", "smallint")))
                            .isInstanceOf(LockTimeoutException.class)
                            .hasMessageContaining("add column users.mood")
                            .hasMessageContaining("gave up after 3 attempts with lock_timeout 150ms")
                            .hasMessageContaining("Nothing of this step was applied");
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
                }
                assertThat(listener.ddl()).filteredOn(sql -> sql.contains("ADD COLUMN")).hasSize(3);
                holder.rollback();
            }
            Scratch.assertSameSchema(scratch.snapshot(), before);

            try (SchemaMigrator migrator = scratch.migrator(IMPATIENT)) {
                assertThat(migrator.addColumn("users", ColumnDef.of("mood", "smallint"))).isEqualTo(Outcome.APPLIED);
            }
        }
    }

    @Test
    void aSafeSetNotNullBlockedAtItsFirstStepLeavesNoHelperConstraint(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "locked")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text); INSERT INTO users (email) VALUES ('a')");
            SchemaSnapshot before = scratch.snapshot();
            try (Connection holder = scratch.another(database)) {
                holdLock(holder);
                try (SchemaMigrator migrator = scratch.migrator(IMPATIENT)) {
                    assertThatThrownBy(() -> migrator.setNotNull("users", "email")).isInstanceOf(LockTimeoutException.class);
                }
                holder.rollback();
            }
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }

    @Test
    void insideACallersTransactionAFailedAttemptRollsBackToItsSavepointAndTheTransactionGoesOn(TestDatabase database)
            throws Exception {
        try (Scratch scratch = Scratch.in(database, "locked")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text); CREATE TABLE teams (id int)");
            try (Connection holder = scratch.another(database)) {
                holdLock(holder);
                scratch.connection.setAutoCommit(false);
                try (SchemaMigrator migrator = scratch.migrator(IMPATIENT)) {
                    assertThat(migrator.addColumn("teams", ColumnDef.of("name", "text"))).isEqualTo(Outcome.APPLIED);
                    assertThatThrownBy(() -> migrator.addColumn("users", ColumnDef.of("mood", "smallint")))
                            .isInstanceOf(LockTimeoutException.class);
                    assertThat(migrator.commentOnTable("teams", "still usable")).isEqualTo(Outcome.APPLIED);
                }
                scratch.connection.commit();
                scratch.connection.setAutoCommit(true);
                holder.rollback();
            }
            assertThat(scratch.snapshot().table("teams").column("name")).isNotNull();
            assertThat(scratch.snapshot().table("users").column("mood")).isNull();
        }
    }

    @Test
    void theSessionLockTimeoutIsRestoredWhenTheMigratorCloses(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "locked")) {
            scratch.execute("SET lock_timeout = '42s'; CREATE TABLE users (id int)");
            try (SchemaMigrator migrator = scratch.migrator()) {
                migrator.addColumn("users", ColumnDef.of("email", "text"));
                assertThat(scratch.column("SHOW lock_timeout")).containsExactly("5s");
            }
            assertThat(scratch.column("SHOW lock_timeout")).containsExactly("42s");
        }
    }

    /** Opens a transaction in the other session that reads the table and keeps its lock. */
    private static void holdLock(Connection holder) throws Exception {
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement()) {
            statement.execute("LOCK TABLE users IN ACCESS SHARE MODE");
        }
    }
}
