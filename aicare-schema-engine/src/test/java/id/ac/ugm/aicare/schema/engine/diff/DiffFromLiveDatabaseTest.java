package id.ac.ugm.aicare.schema.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.ExpectedSchema;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleFlyway;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.diff.fixture.DiaryVersions;
import id.ac.ugm.aicare.schema.engine.diff.internal.JavaMigrationCompiler;
import id.ac.ugm.aicare.schema.migration.MigrationOptions;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture's v1 database, holding rows, and v2's models: diff writes the migration; filled in
 * where it asks (the backfill's value), it takes v1 with its data to exactly v2, and running it again
 * sends no DDL, all outside a transaction while a writer keeps writing.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffFromLiveDatabaseTest {

    static final String CLASS = "db.aicare.fx_diff.V2__diary_v2";
    static final String PLACEHOLDER = "FILL_IN_fx_entries_word_count";

    private TestDatabase db;
    private MigrationPlan plan;

    /** v1's rows: 2500 entries whose score is a number in text, a body each, five legacy notes. */
    static final String ROWS = """
            INSERT INTO fx_writers (name) SELECT 'writer ' || n FROM generate_series(1, 3) n;
            INSERT INTO fx_entries (writer_id, title, body, score, mood, legacy_flag)
                SELECT 1 + n % 3, 'entry ' || n, 'some words ' || n, (n % 100)::text,
                       (CASE WHEN n % 2 = 0 THEN 'low' ELSE 'high' END)::fx_mood, n % 2 = 0
                FROM generate_series(1, 2500) n;
            INSERT INTO fx_legacy_notes (note) SELECT 'note ' || n FROM generate_series(1, 5) n;
            """;

    @BeforeAll
    void v1WithRows(TestDatabase parent) throws SQLException {
        db = parent.createSibling("live");
        SchemaBootstrap.configure(db.dataSource()).catalog(DiaryVersions.v1()).load().init();
        db.execute(ROWS);
        try (Connection connection = db.connection()) {
            plan = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE)
                    .renames(Renames.none().column("fx_entries", "body", "content"))
                    .formerTables(List.of("fx_legacy_notes"))
                    .fromDatabase(connection);
        }
    }

    @Test
    void thePlanHasEveryStepOfTheFixtureInTheOrderADbaRunsThem() {
        assertThat(plan.summary()).containsExactly(
                "add label 'neutral' to enum type fx_mood after 'low'",
                "create enum type fx_visibility [private, shared]",
                "rename column fx_entries.body to content",
                "create table fx_tags (3 columns, primary key [id])",
                "change type of fx_entries.title from character varying(100) to character varying(200)",
                "change type of fx_entries.score from character varying(10) to integer USING score::integer "
                        + "(may lose or round values)",
                "add column fx_entries.summary character varying(255)",
                "add column fx_entries.word_count integer NOT NULL: nullable, backfilled (FILL IN the value of the rows "
                        + "there), then set not null",
                "add column fx_entries.visibility fx_visibility",
                "add foreign key fx_tags.fx_tags_entry_id_fkey [entry_id] -> fx_entries[id] ON DELETE CASCADE",
                "add check constraint fx_entries.fx_entries_score_range CHECK (((score >= 0) AND (score <= 100)))",
                "add unique constraint fx_entries.uq_fx_entries_writer_title [writer_id, title] (through a unique index)",
                "create index ix_fx_entries_title on fx_entries USING btree [title] (concurrently)",
                "create index ix_fx_tags_entry_id on fx_tags USING btree [entry_id] (concurrently)",
                "set default of fx_entries.status to 'open'::character varying",
                "comment on column fx_entries.content",
                "comment on table fx_entries",
                "drop column fx_entries.legacy_flag boolean (data loss: every value)",
                "drop table fx_legacy_notes (data loss: every row)");
        assertThat(plan.nonTransactional()).isTrue();
        assertThat(plan.notExpressed()).isEmpty();
        assertThat(plan.toFillIn()).containsExactly("add column fx_entries.word_count integer NOT NULL: nullable, "
                + "backfilled (FILL IN the value of the rows there), then set not null");
    }

    @Test
    void theWrittenMigrationDoesNotCompileUntilTheBackfillIsFilledIn(@TempDir Path dir) throws Exception {
        Path file = write(dir, source());

        assertThatThrownBy(() -> JavaMigrationCompiler.compile(file, CLASS))
                .isInstanceOf(JavaMigrationCompiler.CompileFailure.class)
                .hasMessageContaining("V2__diary_v2.java does not compile")
                .hasMessageContaining("cannot find symbol");
    }

    @Test
    void filledInItTakesV1WithRowsToExactlyV2TwiceWhileAWriterWaitsNoLongerThanTheLockTimeout(@TempDir Path dir)
            throws Exception {
        TestDatabase target = db;
        Path file = write(dir, source().replace(PLACEHOLDER, "\"coalesce(length(content), 0)\""));
        String contentBefore = value(target, "SELECT md5(string_agg(id || ':' || body, ',' ORDER BY id)) FROM fx_entries");

        try (JavaMigrationCompiler.Compiled compiled = JavaMigrationCompiler.compile(file, CLASS);
             ConcurrentWriter writer = new ConcurrentWriter(target.dataSource())) {
            JavaMigration migration = (JavaMigration) compiled.migration();
            assertThat(migration.canExecuteInTransaction()).isFalse();

            List<String> firstRun = StatementLog.of(target).during(() -> ModuleFlyway.configure(
                    DiaryVersions.v2().module(DiaryVersions.MODULE), target.dataSource(), getClass().getClassLoader())
                    .javaMigrations(migration).load().migrate());
            SchemaSnapshot once = moduleTables(target);

            List<String> secondRun = StatementLog.of(target).during(() -> ModuleFlyway.configure(
                            DiaryVersions.v2().module(DiaryVersions.MODULE), target.dataSource(),
                            getClass().getClassLoader())
                    .table("fx_diff_second_run").baselineOnMigrate(true).javaMigrations(migration).load().migrate());

            writer.close();
            assertThat(writer.failures()).isEmpty();
            assertThat(writer.statements()).isPositive();
            assertThat(writer.longestWait()).isLessThan(MigrationOptions.defaults().lockTimeout());

            try (Connection connection = target.connection()) {
                SchemaSnapshot models = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE).models(connection);
                assertThat(SchemaDiff.compare(models, once)).isEmpty();
            }
            assertThat(SchemaDiff.compare(once, moduleTables(target))).isEmpty();
            // Flyway writes its new history table; the migration itself sends no DDL and updates no row.
            Predicate<String> changes = statement -> !statement.contains("fx_diff_second_run") && statement.matches(
                    "(?s)LOG:  (statement|execute [^:]*): (ALTER|CREATE|DROP|COMMENT|WITH aicare_batch) .*");
            assertThat(firstRun).filteredOn(changes).hasSizeGreaterThan(20);
            assertThat(secondRun).filteredOn(changes).isEmpty();
        }
        assertThat(value(target, "SELECT md5(string_agg(id || ':' || content, ',' ORDER BY id)) FROM fx_entries"))
                .isEqualTo(contentBefore);
        assertThat(value(target, "SELECT count(*) FILTER (WHERE word_count = length(content)) || '/' || count(*) "
                + "|| ' ' || sum(score) FROM fx_entries")).isEqualTo("2500/2500 " + sumOfScores());
    }

    private String source() {
        return plan.javaSource("db.aicare.fx_diff", "V2__diary_v2", "Module fx_diff, version 2.", List.of());
    }

    private static long sumOfScores() {
        long sum = 0;
        for (int n = 1; n <= 2500; n++) {
            sum += n % 100;
        }
        return sum;
    }

    private static Path write(Path dir, String source) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db/aicare/fx_diff"));
        return Files.writeString(folder.resolve("V2__diary_v2.java"), source, StandardCharsets.UTF_8);
    }

    private static SchemaSnapshot moduleTables(TestDatabase target) throws SQLException {
        try (Connection connection = target.connection()) {
            SchemaSnapshot all = CatalogReader.read(connection);
            List<String> tables = List.of("fx_entries", "fx_tags", "fx_writers");
            assertThat(all.tables()).doesNotContainKey("fx_legacy_notes");
            return ExpectedSchema.restrict(all, tables, ExpectedSchema.enumTypesUsedBy(all, tables));
        }
    }

    /** The one value a query computes (a count, a digest: never the rows themselves). */
    private static String value(TestDatabase target, String sql) throws SQLException {
        try (Connection connection = target.connection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
