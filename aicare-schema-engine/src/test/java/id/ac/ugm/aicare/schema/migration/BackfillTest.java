package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A backfill walks the primary key in batches of the given size, reports each batch and pauses between them. */
@PostgresTest
class BackfillTest {

    @Test
    void batchesFollowThePrimaryKeyAndReportTheirProgress(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "backfill")) {
            scratch.execute("""
                    CREATE TABLE entries (id bigserial PRIMARY KEY, mood smallint, source text);
                    INSERT INTO entries (mood) SELECT CASE WHEN g % 5 = 0 THEN 3 END FROM generate_series(1, 30) g;
                    """);
            List<BackfillProgress> progress = new ArrayList<>();
            BackfillResult result;
            long started = System.nanoTime();
            try (SchemaMigrator migrator = scratch.migrator()) {
                result = migrator.backfill(Backfill.of("entries").set("mood", "5").setValue("source", "backfill")
                        .where("mood IS NULL").batchSize(7).pause(Duration.ofMillis(40)).onProgress(progress::add));
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(result).isEqualTo(new BackfillResult(Outcome.APPLIED, 24, 4));
            assertThat(progress).extracting(BackfillProgress::batchRows).containsExactly(7L, 7L, 7L, 3L);
            assertThat(progress).extracting(BackfillProgress::totalRows).containsExactly(7L, 14L, 21L, 24L);
            assertThat(progress).extracting(p -> ((Number) p.lastKey()).longValue()).isSorted().last().isEqualTo(29L);
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(3 * 40);
            assertThat(scratch.column("SELECT count(*) FROM entries WHERE mood = 5 AND source = 'backfill'"))
                    .containsExactly("24");
            assertThat(scratch.column("SELECT count(*) FROM entries WHERE mood = 3 AND source IS NULL"))
                    .containsExactly("6");

            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.backfill(Backfill.of("entries").set("mood", "5").where("mood IS NULL")))
                        .isEqualTo(new BackfillResult(Outcome.ALREADY_PRESENT, 0, 0));
            }
        }
    }

    @Test
    void aUuidKeyIsWalkedInItsOwnOrder(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "backfill")) {
            scratch.execute("""
                    CREATE TABLE events (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), kind text);
                    INSERT INTO events (kind) SELECT NULL FROM generate_series(1, 11);
                    """);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.backfill(Backfill.of("events").set("kind", "'legacy'").where("kind IS NULL")
                        .batchSize(4).pause(Duration.ZERO))).isEqualTo(new BackfillResult(Outcome.APPLIED, 11, 3));
            }
            assertThat(scratch.column("SELECT count(*) FROM events WHERE kind = 'legacy'")).containsExactly("11");
        }
    }

    @Test
    void aTableWithoutASingleColumnKeyIsRefusedBeforeAnyUpdate(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "backfill")) {
            scratch.execute("""
                    CREATE TABLE pairs (a int, b int, note text, PRIMARY KEY (a, b));
                    INSERT INTO pairs VALUES (1, 1, NULL);
                    """);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThatThrownBy(() -> migrator.backfill(Backfill.of("pairs").set("note", "'x'")))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("single-column primary key")
                        .hasMessageContaining("[a, b]");
            }
            assertThat(scratch.column("SELECT note FROM pairs")).containsExactly((String) null);
        }
    }
}
