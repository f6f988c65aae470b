package id.ac.ugm.aicare.schema.engine.bootstrap;

import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.history;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class SchemaBootstrapMigrateTest {

    private static SchemaBootstrap bootstrap(TestDatabase db, BootstrapListener listener) {
        return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).listener(listener).load();
    }

    @Test
    void migrateAppliesEachModulesMigrationsOnceInOrder(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("migrate");
        bootstrap(db, BootstrapListener.NONE).init();
        RecordingListener listener = new RecordingListener();

        MigrationReport result = bootstrap(db, listener).migrate();

        assertThat(listener.events).containsExactly("applied fx_notes 2", "applied fx_notes 3");
        assertThat(result.appliedCount()).isEqualTo(2);
        assertThat(result.modules()).extracting(MigrationReport.ModuleMigrations::module)
                .containsExactly("fx_accounts", "fx_notes");
        assertThat(result.modules().get(1).fromVersion()).isEqualTo("1");
        assertThat(result.modules().get(1).toVersion()).isEqualTo("3");
        assertThat(history(db, "aicare_schema_history_fx_notes"))
                .containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true");
        assertThat(history(db, "aicare_schema_history_fx_accounts")).containsExactly("1 BASELINE true");
        assertThat(rows(db, "SELECT name FROM fx_note_tag_names ORDER BY name")).containsExactly("mood", "sleep");
    }

    @Test
    void aSecondMigrateDoesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("twice");
        bootstrap(db, BootstrapListener.NONE).initAndMigrate();
        List<String> before = rows(db, "SELECT installed_rank, version, checksum, installed_on "
                + "FROM aicare_schema_history_fx_notes ORDER BY installed_rank");
        RecordingListener listener = new RecordingListener();

        MigrationReport again = bootstrap(db, listener).migrate();

        assertThat(again.appliedCount()).isZero();
        assertThat(listener.events).isEmpty();
        assertThat(again.modules()).extracting(MigrationReport.ModuleMigrations::toVersion).containsExactly("1", "3");
        assertThat(rows(db, "SELECT installed_rank, version, checksum, installed_on "
                + "FROM aicare_schema_history_fx_notes ORDER BY installed_rank")).isEqualTo(before);
    }

    @Test
    void initStampsPastTheBaselineSoThatOnlyLaterMigrationsRun(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("below");
        db.execute("CREATE TABLE marker (id int)");

        SchemaBootstrap.StartupResult result = bootstrap(db, BootstrapListener.NONE).initAndMigrate();

        assertThat(result.init().changedAnything()).isTrue();
        assertThat(result.migrate().modules().get(1).applied())
                .extracting(MigrationReport.AppliedMigration::version).containsExactly("2", "3");
    }

    @Test
    void migrateRefusesADatabaseThatWasNotInitialised(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("noinit");

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).migrate())
                .isInstanceOf(SchemaBootstrapException.class)
                .hasMessage("not initialised: modules fx_accounts, fx_notes (no Flyway history in schema public); "
                        + "run init first");
        assertThat(Databases.snapshot(db).tables()).isEmpty();
    }

    @Test
    void aFailingMigrationIsRolledBackAndNamed(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("failing");
        bootstrap(db, BootstrapListener.NONE).init();
        db.execute("CREATE TABLE fx_note_tag_names (name varchar(40) PRIMARY KEY)");

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).migrate())
                .isInstanceOf(SchemaBootstrapException.class)
                .hasMessageContaining("migrate failed in module fx_notes")
                .hasMessageContaining("relation \"fx_note_tag_names\" already exists");
        // V2 committed on its own; V3 failed and left nothing behind (no row in the history, no seeded names).
        assertThat(history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true", "2 SQL true");
        assertThat(rows(db, "SELECT count(*) FROM fx_note_tag_names")).containsExactly("0");
    }
}
