package id.ac.ugm.aicare.schema.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.BaselineCheck;
import id.ac.ugm.aicare.schema.engine.diff.MigrationPlan;
import id.ac.ugm.aicare.schema.engine.diff.ModelDiff;
import id.ac.ugm.aicare.schema.engine.diff.Renames;
import id.ac.ugm.aicare.schema.engine.diff.fixture.DiaryVersions;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two roads meet on the diff fixture: fx_diff's baseline V1 plus the migration {@code diff} wrote
 * for v1 to v2 (filled in where it asks) reaches the v2 models, in the Java form and in the SQL form;
 * the same migration with one step taken out fails the check, naming the column it no longer adds.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckOnTheDiffFixtureTest {

    /** The Java migration diff wrote, filled in, committed where module fx_diff's migrations are looked up. */
    static final Path WRITTEN = Path.of("src/test/java/db/aicare/fx_diff_written/V2__diary_v2.java");
    static final String PLACEHOLDER = "set(\"word_count\", FILL_IN_fx_entries_word_count)";
    static final String FILLED_IN = "set(\"word_count\", \"coalesce(length(content), 0)\")";

    private TestDatabase server;
    private MigrationPlan plan;

    @BeforeAll
    void theMigrationDiffWritesFromTheBaseline(TestDatabase parent) throws Exception {
        server = parent.createSibling("check_fx_diff");
        try (Connection connection = server.connection()) {
            plan = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE)
                    .renames(Renames.none().column("fx_entries", "body", "content")).fromBaseline(connection);
        }
    }

    @Test
    void theCommittedJavaMigrationIsWhatDiffWritesFilledIn() throws Exception {
        String written = plan.javaSource("db.aicare.fx_diff_written", "V2__diary_v2", "Module fx_diff, version 2: diary v2.",
                List.of("", "Written by aicare-schema diff from module fx_diff's newest baseline snapshot and its migrations "
                                + "to the models of module fx_diff.",
                        "Review every step before it runs. Each helper converges on the end state it describes, so the",
                        "migration is safe to run twice (MIGRATIONS.md)."));

        assertThat(plan.toFillIn()).hasSize(1);
        assertThat(Files.readString(WRITTEN)).isEqualTo(written.replace(PLACEHOLDER, FILLED_IN));
    }

    @Test
    void theBaselinePlusTheJavaMigrationDiffWroteReachesTheModels() {
        CheckReport report = MigrationCheck.forDataSource(server.dataSource())
                .catalog(DiaryVersions.v2WithMigrationsAt("classpath:db/aicare/fx_diff_written")).assertPasses();

        assertThat(report.modules().get(0).baselines()).extracting(BaselineCheck::version, BaselineCheck::migrations)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 1));
    }

    @Test
    void theBaselinePlusTheSqlMigrationDiffWroteReachesTheModelsAndLintsClean(@TempDir Path dir) throws Exception {
        writeSql(dir, filledInSql());

        CheckReport report = MigrationCheck.forDataSource(server.dataSource())
                .catalog(DiaryVersions.v2WithMigrationsAt("filesystem:" + dir)).run();

        assertThat(report.modules().get(0).lintErrors()).isEmpty();
        assertThat(report.modules().get(0).baselines()).singleElement().satisfies(baseline -> {
            assertThat(baseline.migrations()).isEqualTo(1);
            assertThat(baseline.differences()).isEmpty();
        });
        assertThat(report.passed()).isTrue();
    }

    @Test
    void withTheStepThatAddsSummaryTakenOutTheCheckFailsNamingTheColumnAndTheDiffCommand(@TempDir Path dir)
            throws Exception {
        String sql = filledInSql();
        String step = "ALTER TABLE fx_entries ADD COLUMN IF NOT EXISTS summary character varying(255);\n";
        assertThat(sql).contains(step);
        writeSql(dir, sql.replace(step, ""));
        ModelCatalog missingStep = DiaryVersions.v2WithMigrationsAt("filesystem:" + dir);

        CheckReport report = MigrationCheck.forDataSource(server.dataSource()).catalog(missingStep).run();

        assertThat(report.modules().get(0).baselines()).singleElement().extracting(BaselineCheck::differences)
                .asList().extracting(Object::toString)
                .containsExactly("fx_entries.summary: missing column character varying(255)");
        assertThatThrownBy(() -> MigrationCheck.forDataSource(server.dataSource()).catalog(missingStep).assertPasses())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fx_diff       baseline 1    + 1 migration   1 difference from the models")
                .hasMessageContaining("    fx_entries.summary: missing column character varying(255)")
                .hasMessageContaining("the missing migration: java -jar aicare-schema.jar diff --module fx_diff --url "
                        + server.jdbcUrl().replaceAll("\\?.*", ""));
    }

    /** The SQL form, its one fill-in (a DO block that raises until then) replaced by the backfill. */
    private String filledInSql() {
        String sql = plan.sqlScript("Module fx_diff, version 2: diary v2.", List.of());
        String filled = sql.replaceFirst("(?s)DO \\$\\$\nBEGIN\n    RAISE EXCEPTION 'fill in[^\n]*\nEND\n\\$\\$;",
                "UPDATE fx_entries SET word_count = coalesce(length(content), 0) WHERE word_count IS NULL;");
        assertThat(filled).isNotEqualTo(sql);
        return filled;
    }

    private void writeSql(Path dir, String sql) throws Exception {
        Files.writeString(dir.resolve("V2__diary_v2.sql"), sql, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("V2__diary_v2.sql.conf"), plan.sqlConfig().orElseThrow(), StandardCharsets.UTF_8);
    }
}
