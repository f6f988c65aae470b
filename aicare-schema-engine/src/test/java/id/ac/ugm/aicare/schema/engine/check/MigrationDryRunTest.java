package id.ac.ugm.aicare.schema.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.check.DryRunReport.PlannedMigration;
import id.ac.ugm.aicare.schema.engine.check.fixture.FxDiaryModule;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@PostgresTest
class MigrationDryRunTest {

    private static final ModelCatalog PENDING = ModelCatalog.of(List.of(FxDiaryModule.withPendingSteps()));

    /**
     * What a dry run may send: reads, Flyway's transaction around its read of the history, and its
     * {@code SET ROLE} back to the connection's own user. Nothing else: no DDL or DML, no lock.
     */
    private static final Pattern READS = Pattern.compile(
            "^(SELECT|SHOW|WITH NS AS \\(|/\\*NO LOAD BALANCE\\*/|BEGIN|COMMIT|SET ROLE 'POSTGRES')\\b?.*");

    @Test
    void theDryRunListsWhatThePendingMigrationsWouldSend(TestDatabase parent) {
        TestDatabase db = parent.createSibling("lists");
        SchemaBootstrap.configure(db.dataSource()).catalog(PENDING).serviceLines(List.of()).load().init();

        DryRunReport report = MigrationDryRun.forDataSource(db.dataSource()).catalog(PENDING).run();

        List<PlannedMigration> pending = report.modules().get(0).pending();
        assertThat(pending).extracting(PlannedMigration::version).containsExactly("3", "4");
        assertThat(pending.get(0).kind()).isEqualTo("Java, outside a transaction");
        assertThat(pending.get(0).statements()).containsExactly(
                "CREATE TYPE public.fx_diary_tag_kind AS ENUM ('mood', 'sleep')",
                "CREATE TABLE IF NOT EXISTS public.fx_diary_tags (\n    id serial,\n    entry_id integer NOT NULL,\n"
                        + "    kind fx_diary_tag_kind NOT NULL,\n    CONSTRAINT fx_diary_tags_pkey PRIMARY KEY (id)\n)",
                "ALTER TABLE public.fx_diary_tags ADD CONSTRAINT fx_diary_tags_entry_id_fkey FOREIGN KEY (entry_id) "
                        + "REFERENCES public.fx_diary_entries (id) ON DELETE NO ACTION ON UPDATE NO ACTION NOT VALID",
                "ALTER TABLE public.fx_diary_tags VALIDATE CONSTRAINT fx_diary_tags_entry_id_fkey",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_fx_diary_tags_entry_id ON public.fx_diary_tags USING btree "
                        + "(entry_id)",
                "ALTER TABLE public.fx_diary_entries ADD COLUMN IF NOT EXISTS weather varchar(20)",
                "ALTER TABLE public.fx_diary_entries ADD CONSTRAINT fx_diary_entries_mood_not_null CHECK (mood IS NOT NULL) "
                        + "NOT VALID",
                "ALTER TABLE public.fx_diary_entries VALIDATE CONSTRAINT fx_diary_entries_mood_not_null",
                "ALTER TABLE public.fx_diary_entries ALTER COLUMN mood SET NOT NULL",
                "ALTER TABLE public.fx_diary_entries DROP CONSTRAINT IF EXISTS fx_diary_entries_mood_not_null");
        assertThat(pending.get(1).kind()).isEqualTo("SQL");
        assertThat(pending.get(1).statements()).containsExactly("SET lock_timeout = '5s'",
                "COMMENT ON TABLE fx_diary_entries IS 'One diary entry'");
    }

    @Test
    void theDryRunChangesNothingAndSendsNoStatementThatWrites(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("nothing");
        SchemaBootstrap.configure(db.dataSource()).catalog(PENDING).serviceLines(List.of()).load().init();
        SchemaSnapshot catalogBefore = catalog(db);
        List<String> historyBefore = history(db);

        List<String> sent = StatementLog.of(db).during(
                () -> MigrationDryRun.forDataSource(db.dataSource()).catalog(PENDING).run());

        assertThat(catalog(db)).isEqualTo(catalogBefore);
        assertThat(history(db)).isEqualTo(historyBefore);
        assertThat(sent).isNotEmpty();
        assertThat(sent).allMatch(line -> READS.matcher(statementOf(line)).matches());
        assertThat(sent).noneMatch(line -> line.contains("pg_advisory") || line.contains("lock_timeout"));
    }

    @Test
    void aModuleThatIsNotInitialisedIsSaidSoAndNothingIsPlanned(TestDatabase parent) {
        TestDatabase db = parent.createSibling("noinit");
        DryRunReport report = MigrationDryRun.forDataSource(db.dataSource()).catalog(PENDING).run();

        assertThat(report.modules().get(0).initialised()).isFalse();
        assertThat(report.lines()).containsExactly(
                "fx_diary      not initialised: init creates its tables from the models and stamps it at their baseline",
                "Dry run: nothing to migrate; nothing was changed and no history was written.");
    }

    @Test
    void stepsAlreadyInPlaceAreLeftOutOfThePlan(TestDatabase parent) {
        TestDatabase db = parent.createSibling("inplace");
        SchemaBootstrap.configure(db.dataSource()).catalog(PENDING).serviceLines(List.of()).load().init();
        db.execute("ALTER TABLE fx_diary_entries ADD COLUMN weather varchar(20)");

        DryRunReport report = MigrationDryRun.forDataSource(db.dataSource()).catalog(PENDING).run();

        assertThat(report.modules().get(0).pending().get(0).statements())
                .noneMatch(statement -> statement.contains("\"weather\""));
    }

    /** The statement of a server log line ({@code LOG:  statement: ...}, {@code LOG:  execute <unnamed>: ...}), upper-cased. */
    private static String statementOf(String line) {
        int colon = line.indexOf(": ", line.indexOf("LOG:") + 5);
        return line.substring(colon + 2).strip().toUpperCase(Locale.ROOT);
    }

    private static SchemaSnapshot catalog(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            return CatalogReader.read(connection, "public");
        }
    }

    private static List<String> history(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT installed_rank, version, description, checksum, success "
                     + "FROM aicare_schema_history_fx_diary ORDER BY installed_rank")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " " + result.getString(5));
            }
        }
        return rows;
    }
}
