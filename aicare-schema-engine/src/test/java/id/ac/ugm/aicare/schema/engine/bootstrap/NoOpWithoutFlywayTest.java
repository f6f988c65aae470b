package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module at its baseline with no migration file (today every model module) needs no Flyway on
 * the no-op path a service pays at every start: migrate and status read its history once, and the
 * number of statements does not grow with anything but the number of modules. A module that has
 * migrations (fx_notes) still goes through Flyway, which validates them.
 */
@PostgresTest
class NoOpWithoutFlywayTest {

    private static final ModelCatalog ACCOUNTS = Fixtures.catalog().select(List.of("fx_accounts"));

    @Test
    void migrateAtTheBaselineReadsTheHistoryOnceAndNothingElseOfFlyways(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("noop");
        SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().init();

        List<String> statements = StatementLog.of(db).during(() -> {
            MigrationReport result = SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().migrate();
            assertThat(result.appliedCount()).isZero();
            assertThat(result.modules()).singleElement().satisfies(module -> {
                assertThat(module.fromVersion()).isEqualTo("1");
                assertThat(module.toVersion()).isEqualTo("1");
            });
        });

        // The lock, the current schema, the history tables' presence, one history read, the unlock.
        assertThat(statements).as(String.join("\n", statements)).hasSize(5)
                .noneMatch(NoOpWithoutFlywayTest::isFlywaysStart);
        assertThat(statements).filteredOn(statement -> statement.contains("aicare_schema_history_fx_accounts")).hasSize(1);
    }

    @Test
    void statusAtTheBaselineSaysSoWithoutFlyway(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("status");
        SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().init();

        List<String> statements = StatementLog.of(db).during(() -> {
            StatusReport report = SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().status();
            assertThat(report.modules()).singleElement().satisfies(module -> {
                assertThat(module.baselineVersion()).isEqualTo("1");
                assertThat(module.currentVersion()).isEqualTo("1");
                assertThat(module.pending()).isEmpty();
                assertThat(module.failed()).isEmpty();
            });
        });
        assertThat(statements).as(String.join("\n", statements)).noneMatch(NoOpWithoutFlywayTest::isFlywaysStart);
    }

    @Test
    void aModuleWithMigrationsStillGoesThroughFlyway(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("flyway");
        ModelCatalog notes = Fixtures.catalog();
        SchemaBootstrap.configure(db.dataSource()).catalog(notes).load().initAndMigrate();

        List<String> statements = StatementLog.of(db).during(() ->
                SchemaBootstrap.configure(db.dataSource()).catalog(notes).load().migrate());

        assertThat(statements).anyMatch(NoOpWithoutFlywayTest::isFlywaysStart);
        assertThat(statements).filteredOn(statement -> statement.contains("aicare_schema_history_fx_accounts")).hasSize(1);
    }

    /** Flyway's first look at a connection: it asks whether the user is an RDS superuser. */
    private static boolean isFlywaysStart(String statement) {
        return statement.contains("rds_superuser");
    }
}
