package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code addColumn(table, column, backfill)}: a NOT NULL column without a default on a table with
 * rows is added nullable, backfilled and set NOT NULL; the re-run sends no DDL, and a run stopped
 * after the add finishes on the next.
 */
@PostgresTest
class RequiredColumnTest {

    private static final ColumnDef WORDS = ColumnDef.of("words", "integer").notNull();

    @Test
    void rowsGetTheirValueAndTheColumnEndsNotNullAndTheReRunSendsNoDdl(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "required")) {
            scratch.execute("""
                    CREATE TABLE notes (id serial PRIMARY KEY, body text);
                    INSERT INTO notes (body) SELECT repeat('x', g) FROM generate_series(1, 2500) g;
                    """);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.addColumn("notes", WORDS, Backfill.of("notes").set("words", "length(body)")))
                        .isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.column("SELECT count(*) FROM notes WHERE words = length(body)")).containsExactly("2500");
            assertThat(scratch.column("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'notes'::regclass "
                    + "AND attname = 'words'")).containsExactly("true");
            SchemaSnapshot once = CatalogReader.read(scratch.connection, scratch.schema);

            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = SchemaMigrator.on(scratch.connection,
                    MigrationOptions.defaults().withListener(listener))) {
                assertThat(migrator.addColumn("notes", WORDS, Backfill.of("notes").set("words", "length(body)")))
                        .isEqualTo(Outcome.ALREADY_PRESENT);
            }
            assertThat(listener.ddl()).isEmpty();
            assertThat(SchemaDiff.compare(once, CatalogReader.read(scratch.connection, scratch.schema))).isEmpty();
        }
    }

    @Test
    void aRunStoppedAfterTheAddFinishesOnTheNext(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "halfway")) {
            scratch.execute("""
                    CREATE TABLE notes (id serial PRIMARY KEY, body text, words integer);
                    INSERT INTO notes (body, words) SELECT 'b', CASE WHEN g % 2 = 0 THEN 7 END FROM generate_series(1, 10) g;
                    """);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.addColumn("notes", WORDS, Backfill.of("notes").set("words", "0")))
                        .isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.column("SELECT string_agg(DISTINCT words::text, ',' ORDER BY words::text) FROM notes"))
                    .containsExactly("0,7");
        }
    }

    @Test
    void aColumnWithADefaultOrABackfillOfAnotherColumnIsRefusedBeforeAnySql(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "refused")) {
            scratch.execute("CREATE TABLE notes (id serial PRIMARY KEY)");
            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = SchemaMigrator.on(scratch.connection,
                    MigrationOptions.defaults().withListener(listener))) {
                assertThatThrownBy(() -> migrator.addColumn("notes", WORDS.defaultTo("0"),
                        Backfill.of("notes").set("words", "0")))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a default");
                assertThatThrownBy(() -> migrator.addColumn("notes", WORDS, Backfill.of("notes").set("id", "0")))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set column words");
            }
            assertThat(listener.statements).isEmpty();
        }
    }
}
