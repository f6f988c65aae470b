package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Under a lock holder a concurrent index build retries flat (each attempt one repair and one CREATE,
 * never a retry loop inside a retry), within a bound set by the options; what it says is left behind
 * is what the catalog shows; and a lock timeout below a millisecond is sent as 1 ms, never as the
 * {@code '0ms'} that PostgreSQL reads as "wait forever".
 */
@PostgresTest
class LockRetriesAreFlatTest {

    private static final MigrationOptions IMPATIENT = MigrationOptions.defaults()
            .withLockTimeout(Duration.ofMillis(200)).withAttempts(3).withBackoff(Duration.ofMillis(20), Duration.ofMillis(50));

    @Test
    void aConcurrentBuildUnderALockHolderRetriesFlatAndTellsTheTruthAboutItsLeftover(TestDatabase database)
            throws Exception {
        try (Scratch scratch = Scratch.in(database, "flat")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)");
            RecordingListener listener = new RecordingListener();
            LockTimeoutException failure;
            long started = System.nanoTime();
            try (Connection holder = scratch.another(database)) {
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    // A writer's open transaction: CREATE INDEX CONCURRENTLY registers the index, then waits for it.
                    statement.execute("INSERT INTO users (email) VALUES ('w')");
                }
                try (SchemaMigrator migrator = scratch.migrator(IMPATIENT.withListener(listener))) {
                    failure = catchThrowableOfType(LockTimeoutException.class,
                            () -> migrator.createIndex(IndexDef.on("users").columns("email")));
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(failure).isNotNull();
                // Each of the 3 attempts sends the repair (from the second on) and then the CREATE; a repair that
                // is not granted its lock ends its attempt. Nested retries sent 1 CREATE and 9 DROPs.
                assertThat(listener.ddl()).filteredOn(sql -> sql.startsWith("CREATE INDEX")).hasSizeBetween(1, 3);
                assertThat(listener.ddl()).filteredOn(sql -> sql.startsWith("DROP INDEX")).hasSizeLessThanOrEqualTo(3);
                // 3 attempts of a build (up to three lock waits) and a repair, each wait at most 200 ms, plus pauses.
                assertThat(took).isLessThan(Duration.ofSeconds(6));
                assertThat(failure.getMessage()).contains("gave up after 3 attempts").doesNotContain("Nothing of this step");
                IndexSnapshot left = scratch.snapshot().table("users").index("users_email_idx");
                if (failure.getMessage().contains("No INVALID index users_email_idx is left behind")) {
                    assertThat(left).isNull();
                } else {
                    assertThat(failure.getMessage()).contains("left the INVALID index users_email_idx behind");
                    assertThat(left).isNotNull();
                    assertThat(left.valid()).isFalse();
                }
                holder.rollback();
            }
            try (SchemaMigrator migrator = scratch.migrator(IMPATIENT)) {
                assertThat(migrator.createIndex(IndexDef.on("users").columns("email"))).isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.snapshot().table("users").index("users_email_idx").valid()).isTrue();
        }
    }

    @Test
    void aSubMillisecondLockTimeoutIsSentAsOneMillisecondNotAsNoTimeout(TestDatabase database) throws Exception {
        MigrationOptions tiny = MigrationOptions.defaults().withLockTimeout(Duration.ofNanos(500_000)).withAttempts(2)
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(10));
        assertThat(tiny.lockTimeoutMillis()).isEqualTo(1);
        try (Scratch scratch = Scratch.in(database, "flat")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)");
            try (Connection holder = scratch.another(database)) {
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("LOCK TABLE users IN ACCESS SHARE MODE");
                }
                try (SchemaMigrator migrator = scratch.migrator(tiny)) {
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                            () -> migrator.addColumn("users", ColumnDef.of("mood", "smallint")))
                            .isInstanceOf(LockTimeoutException.class).hasMessageContaining("lock_timeout 1ms"));
                } finally {
                    holder.rollback();
                }
            }
        }
    }

    @Test
    void aLockTimeoutBeyondPostgresLimitIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> MigrationOptions.defaults().withLockTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2147483647 ms");
    }
}
