package id.ac.ugm.aicare.schema.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.BaselineCheck;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.ModuleCheck;
import id.ac.ugm.aicare.schema.engine.check.fixture.FxDiaryModule;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class MigrationCheckTest {

    private static final ModelCatalog DIARY = ModelCatalog.of(List.of(new FxDiaryModule()));
    private static final ModelCatalog MISSING_STEP = ModelCatalog.of(List.of(FxDiaryModule.withoutTheMoodStep()));
    private static final ModelCatalog UNGUARDED = ModelCatalog.of(List.of(FxDiaryModule.withAnUnguardedStep()));

    @Test
    void everyBaselinePlusTheMigrationsAfterItReachesTheModels(TestDatabase db) {
        CheckReport report = MigrationCheck.forDataSource(db.dataSource()).catalog(DIARY).run();

        ModuleCheck diary = report.modules().get(0);
        assertThat(diary.baselines()).extracting(BaselineCheck::version).containsExactly("1", "2");
        assertThat(diary.baselines()).extracting(BaselineCheck::migrations).containsExactly(1, 0);
        assertThat(diary.baselines()).allSatisfy(baseline -> assertThat(baseline.differences()).isEmpty());
        assertThat(diary.lintErrors()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aMissingStepFailsTheCheckNamingTheMissingColumn(TestDatabase db) {
        CheckReport report = MigrationCheck.forDataSource(db.dataSource()).catalog(MISSING_STEP).run();

        List<BaselineCheck> baselines = report.modules().get(0).baselines();
        assertThat(baselines.get(0).differences()).extracting(Object::toString)
                .containsExactly("fx_diary_entries.mood: missing column smallint");
        assertThat(baselines.get(1).passed()).isTrue();
        assertThat(report.passed()).isFalse();
    }

    @Test
    void theJunitOneLinerFailsWithEveryDifferenceAndTheDiffCommand(TestDatabase db) {
        assertThatThrownBy(() -> MigrationCheck.forDataSource(db.dataSource()).catalog(MISSING_STEP).assertPasses())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fx_diary      baseline 1    + 1 migration   1 difference from the models")
                .hasMessageContaining("    fx_diary_entries.mood: missing column smallint")
                .hasMessageContaining("the missing migration: java -jar aicare-schema.jar diff --module fx_diary --url "
                        + db.jdbcUrl().replaceAll("\\?.*", ""))
                .hasMessageContaining("1 of 1 modules fail the check.");
    }

    @Test
    void theJunitOneLinerPassesQuietlyWhenTheMigrationsReachTheModels(TestDatabase db) {
        CheckReport report = MigrationCheck.forDataSource(db.dataSource()).catalog(DIARY).assertPasses();

        assertThat(report.passed()).isTrue();
    }

    @Test
    void aMigrationThatLintsWithAnErrorFailsTheCheck(TestDatabase db) {
        CheckReport report = MigrationCheck.forDataSource(db.dataSource()).catalog(UNGUARDED).run();

        ModuleCheck diary = report.modules().get(0);
        assertThat(diary.baselines()).allSatisfy(baseline -> assertThat(baseline.passed()).isTrue());
        assertThat(diary.lintErrors()).extracting(Finding::rule).containsExactly("prefer-robust-stmts");
        assertThat(report.lines(module -> "diff")).contains(
                "    db/aicare/fx_diary_unguarded/V2__add_mood.sql:3:30 prefer-robust-stmts ADD COLUMN without IF NOT "
                        + "EXISTS fails on the second run",
                "fx_diary      1 lint error in its migrations");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aMigrationThatDoesNotRunIsReportedWithItsNameAndLine(TestDatabase db) {
        ModelCatalog broken = ModelCatalog.of(List.of(new FxDiaryModule() {
            @Override
            public String migrationLocation() {
                return "classpath:db/aicare/fx_diary_broken";
            }
        }));

        CheckReport report = MigrationCheck.forDataSource(db.dataSource()).catalog(broken).run();

        BaselineCheck first = report.modules().get(0).baselines().get(0);
        assertThat(first.failure()).startsWith("module fx_diary, baseline 1: ")
                .contains("V2__add_mood_to_a_missing_table.sql").contains("line 3")
                .contains("relation \"fx_diary_pages\" does not exist");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void theCheckChangesNothingInTheDatabase(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE fx_diary_entries (id serial PRIMARY KEY, body text NOT NULL)");
        SchemaSnapshot before = catalog(db);
        List<String> schemasBefore = schemas(db);

        MigrationCheck.forDataSource(db.dataSource()).catalog(MISSING_STEP).run();

        assertThat(catalog(db)).isEqualTo(before);
        assertThat(schemas(db)).isEqualTo(schemasBefore);
    }

    @Test
    void theBaselineVersionFollowsTheNewestSnapshot() {
        assertThat(new FxDiaryModule().baselineVersion()).isEqualTo("2");
    }

    private static SchemaSnapshot catalog(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            return CatalogReader.read(connection, "public");
        }
    }

    private static List<String> schemas(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace ORDER BY nspname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
