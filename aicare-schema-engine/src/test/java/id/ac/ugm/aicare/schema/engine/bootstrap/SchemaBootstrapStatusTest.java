package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.ModuleStatus;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@PostgresTest
class SchemaBootstrapStatusTest {

    private static SchemaBootstrap bootstrap(TestDatabase db) {
        return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load();
    }

    @Test
    void statusOfAnEmptyDatabaseSaysNothingIsInitialised(TestDatabase parent) {
        TestDatabase db = parent.createSibling("empty");

        StatusReport report = bootstrap(db).status();

        assertThat(report.schema()).isEqualTo("public");
        assertThat(report.modules()).extracting(ModuleStatus::state)
                .containsExactly(ModuleState.ABSENT, ModuleState.ABSENT);
        assertThat(report.upToDate()).isFalse();
    }

    @Test
    void statusShowsBaselineAppliedAndPendingMigrations(TestDatabase parent) {
        TestDatabase db = parent.createSibling("pending");
        bootstrap(db).init();

        ModuleStatus notes = bootstrap(db).status().modules().get(1);

        assertThat(notes.module()).isEqualTo("fx_notes");
        assertThat(notes.state()).isEqualTo(ModuleState.INITIALISED);
        assertThat(notes.baselineVersion()).isEqualTo("1");
        assertThat(notes.currentVersion()).isEqualTo("1");
        assertThat(notes.applied()).isEmpty();
        assertThat(notes.pending()).extracting(Migration::version).containsExactly("2", "3");
        assertThat(notes.matchesModels()).isTrue();

        bootstrap(db).migrate();
        ModuleStatus migrated = bootstrap(db).status().modules().get(1);

        assertThat(migrated.applied()).extracting(Migration::description)
                .containsExactly("create note tags", "seed note tag names");
        assertThat(migrated.currentVersion()).isEqualTo("3");
        assertThat(migrated.pending()).isEmpty();
        assertThat(migrated.upToDate()).isTrue();
    }

    @Test
    void statusListsHowTheLiveSchemaDiffersFromTheModels(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("drift");
        bootstrap(db).initAndMigrate();
        db.execute("ALTER TABLE fx_accounts ADD COLUMN nickname text; DROP INDEX ix_fx_notes_account_id");

        StatusReport report = bootstrap(db).status();

        assertThat(report.modules().get(0).differences()).extracting(Object::toString)
                .containsExactly("fx_accounts.nickname: unexpected column text");
        assertThat(report.modules().get(1).differences()).extracting(Object::toString)
                .containsExactly("fx_notes.ix_fx_notes_account_id: missing index btree [account_id]");
        assertThat(report.upToDate()).isFalse();
    }

    @Test
    void statusChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("readonly");
        db.execute(SchemaBootstrapInitTest.EARLIER_BACKEND);
        var before = Databases.snapshot(db);

        StatusReport report = bootstrap(db).status();

        assertThat(report.modules()).extracting(ModuleStatus::state)
                .containsExactly(ModuleState.PRESENT, ModuleState.PRESENT);
        assertThat(report.modules()).allMatch(ModuleStatus::matchesModels);
        assertThat(SchemaDiff.compare(before, Databases.snapshot(db))).isEmpty();
        assertThat(Databases.rows(db, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'aicare%'")).isEmpty();
    }
}
