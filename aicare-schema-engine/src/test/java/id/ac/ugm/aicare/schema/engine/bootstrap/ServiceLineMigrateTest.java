package id.ac.ugm.aicare.schema.engine.bootstrap;

import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.history;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.rows;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxJournalLine;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@PostgresTest
class ServiceLineMigrateTest {

    private static SchemaBootstrap bootstrap(TestDatabase db) {
        return configuration(db).load();
    }

    private static SchemaBootstrapConfiguration configuration(TestDatabase db) {
        return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                .serviceLines(List.of(new FxJournalLine()));
    }

    @Test
    void migrateAppliesAServiceLineAfterTheModulesInItsOwnHistory(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("line");
        bootstrap(db).init();

        MigrationReport result = bootstrap(db).migrate();

        assertThat(result.modules()).extracting(MigrationReport.ModuleMigrations::module)
                .containsExactly("fx_accounts", "fx_notes", "fx_journal");
        assertThat(history(db, "aicare_service_history_fx_journal"))
                .containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 JDBC true");
        assertThat(history(db, "aicare_schema_history_fx_notes"))
                .containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true");
        assertThat(rows(db, "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_fx_%mood%' ORDER BY 1"))
                .containsExactly("ix_fx_journal_moods_label", "ix_fx_notes_mood");
    }

    @Test
    void aSecondMigrateAppliesNothingOfTheLine(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("again");
        bootstrap(db).initAndMigrate();
        List<String> before = rows(db, "SELECT installed_rank, version, checksum, installed_on "
                + "FROM aicare_service_history_fx_journal ORDER BY installed_rank");

        MigrationReport again = bootstrap(db).migrate();

        assertThat(again.appliedCount()).isZero();
        assertThat(rows(db, "SELECT installed_rank, version, checksum, installed_on "
                + "FROM aicare_service_history_fx_journal ORDER BY installed_rank")).isEqualTo(before);
    }

    /**
     * Transactional migrations only: a CREATE INDEX CONCURRENTLY waits for every transaction holding a
     * snapshot, and the instances waiting for the schema lock hold one while they wait (reported).
     */
    @Test
    void manyInstancesStartingAtOnceApplyEachLineMigrationOnce(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("crowd");
        ServiceLine crowd = ServiceLine.of("fx_crowd", "classpath:db/aicare_service/fx_crowd", List.of("fx_notes"),
                getClass().getClassLoader());
        int instances = 6;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<SchemaBootstrap.StartupResult>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                Callable<SchemaBootstrap.StartupResult> start = () -> configuration(db).serviceLines(List.of(crowd))
                        .load().initAndMigrate();
                starts.add(pool.submit(start));
            }
            int applied = 0;
            for (Future<SchemaBootstrap.StartupResult> start : starts) {
                applied += start.get().migrate().modules().get(2).applied().size();
            }

            assertThat(applied).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(db, "aicare_service_history_fx_crowd"))
                .containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true");
    }
}
