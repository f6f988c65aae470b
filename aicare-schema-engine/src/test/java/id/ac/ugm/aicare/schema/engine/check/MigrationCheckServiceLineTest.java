package id.ac.ugm.aicare.schema.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.LineCheck;
import id.ac.ugm.aicare.schema.engine.check.fixture.FxDiaryModule;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service line reaches the models when, applied on top of the modules, its migrations run, leave
 * every object the models define as the models define it, change nothing when run a second time from
 * the line's start, and lint with no error; what it adds is its own and listed.
 */
@PostgresTest
class MigrationCheckServiceLineTest {

    private static final ModelCatalog DIARY = ModelCatalog.of(List.of(new FxDiaryModule()));

    @Test
    void aLineThatOnlyAddsKeepsTheModelsAndListsWhatItAdds(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__add_tone.sql"), """
                SET lock_timeout = '5s';
                ALTER TABLE fx_diary_entries ADD COLUMN IF NOT EXISTS tone text;
                CREATE TABLE IF NOT EXISTS fx_tone_labels (id serial PRIMARY KEY, label text NOT NULL);
                """);
        Files.writeString(dir.resolve("V2__index_tone.sql"),
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_fx_diary_entries_tone ON fx_diary_entries (tone);\n");
        Files.writeString(dir.resolve("V2__index_tone.sql.conf"), "executeInTransaction=false\n");

        CheckReport report = check(db, line(dir));

        LineCheck line = report.serviceLines().get(0);
        assertThat(line.migrations()).isEqualTo(2);
        assertThat(line.altered()).isEmpty();
        assertThat(line.rerun()).isEmpty();
        assertThat(line.lintErrors()).isEmpty();
        assertThat(line.owned()).extracting(Object::toString).containsExactlyInAnyOrder(
                "fx_diary_entries.tone: unexpected column text",
                "fx_diary_entries.ix_fx_diary_entries_tone: unexpected index btree [tone]",
                "fx_tone_labels: unexpected table");
        assertThat(report.passed()).isTrue();
        assertThat(report.lines(module -> "diff")).contains(
                "fx_tone       service line + 2 migrations  keeps the models, adds 3 objects",
                "Every module's baselines and migrations reach its models (1 module), and every service line keeps "
                        + "them (1 service line).");
    }

    @Test
    void aLineThatChangesAModelsColumnFailsNamingTableAndColumn(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__widen_mood.sql"), """
                SET lock_timeout = '5s';
                ALTER TABLE fx_diary_entries ALTER COLUMN mood TYPE integer;
                """);

        CheckReport report = check(db, line(dir));

        LineCheck line = report.serviceLines().get(0);
        assertThat(line.altered()).extracting(Object::toString)
                .containsExactly("fx_diary_entries.mood: column type expected smallint, found integer");
        assertThat(line.lintErrors()).isEmpty();
        assertThat(report.passed()).isFalse();
        assertThat(report.lines(module -> "diff")).contains(
                "fx_tone       service line + 1 migration   changes 1 object of the models",
                "    changes  fx_diary_entries.mood: column type expected smallint, found integer",
                "0 of 1 modules and 1 of 1 service line fail the check.");
    }

    @Test
    void aLineThatDropsAModelsColumnFails(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__drop_mood.sql"), "ALTER TABLE fx_diary_entries DROP COLUMN IF EXISTS mood;\n");

        LineCheck line = check(db, line(dir)).serviceLines().get(0);

        assertThat(line.altered()).extracting(Object::toString)
                .containsExactly("fx_diary_entries.mood: missing column smallint");
        assertThat(line.passed()).isFalse();
    }

    @Test
    void anUnguardedLineFailsItsSecondRunAndItsLint(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__add_tone.sql"), "ALTER TABLE fx_diary_entries ADD COLUMN tone text;\n");

        LineCheck line = check(db, line(dir)).serviceLines().get(0);

        assertThat(line.failure()).startsWith("its migrations do not run a second time: ")
                .contains("V1__add_tone.sql").contains("column \"tone\" of relation \"fx_diary_entries\" already exists");
        assertThat(line.lintErrors()).extracting(Finding::rule).containsExactly("prefer-robust-stmts");
        assertThat(line.passed()).isFalse();
    }

    @Test
    void aLineWhoseSecondRunChangesTheSchemaFails(TestDatabase db, @TempDir Path dir) throws Exception {
        // Runs without an error every time, and adds one more column each time.
        Files.writeString(dir.resolve("V1__add_a_column.sql"), """
                DO $$
                BEGIN
                    EXECUTE format('ALTER TABLE fx_diary_entries ADD COLUMN IF NOT EXISTS extra_%s text',
                        (SELECT count(*) FROM pg_attribute WHERE attrelid = 'fx_diary_entries'::regclass AND attnum > 0));
                END
                $$;
                """);

        LineCheck line = check(db, line(dir)).serviceLines().get(0);

        assertThat(line.failure()).isNull();
        assertThat(line.rerun()).extracting(Object::toString).containsExactly("fx_diary_entries.extra_4: unexpected column text");
        assertThat(line.passed()).isFalse();
    }

    @Test
    void aLineOnAModuleThatIsNotThereIsRefusedBeforeAnySql(TestDatabase db, @TempDir Path dir) {
        ServiceLine line = ServiceLine.of("fx_tone", "filesystem:" + dir, List.of("nope"), getClass().getClassLoader());

        assertThatThrownBy(() -> check(db, line)).isInstanceOf(SchemaBootstrapException.class)
                .hasMessage("service line fx_tone builds on module nope, which is not among the modules (fx_diary)");
    }

    private static ServiceLine line(Path dir) {
        return ServiceLine.of("fx_tone", "filesystem:" + dir, List.of("fx_diary"),
                MigrationCheckServiceLineTest.class.getClassLoader());
    }

    private static CheckReport check(TestDatabase db, ServiceLine line) {
        return MigrationCheck.forDataSource(db.dataSource()).catalog(DIARY).serviceLines(List.of(line)).run();
    }
}
