package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code configure(...)...load()}: settings checked before any SQL, then one immutable bootstrap that threads may share. */
@PostgresTest
class SchemaBootstrapConfigurationTest {

    @Test
    void anUnknownModuleIsRefusedByLoadBeforeAnySql(TestDatabase db) throws Exception {
        List<String> sent = StatementLog.of(db).during(() -> assertThatThrownBy(() -> SchemaBootstrap
                .configure(db.dataSource()).catalog(Fixtures.catalog()).modules(List.of("fx_nope")).load())
                .isInstanceOf(AicareException.class).hasMessageContaining("fx_nope"));
        assertThat(sent).isEmpty();
    }

    @Test
    void aLockTimeoutOutOfRangeIsRefusedWhenSetWithOneLine(TestDatabase db) {
        SchemaBootstrapConfiguration configuration = SchemaBootstrap.configure(db.dataSource());
        assertThatThrownBy(() -> configuration.lockTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lock timeout must be between zero and 2147483 seconds, got -1 seconds");
        assertThatThrownBy(() -> configuration.lockTimeout(SchemaBootstrapConfiguration.MAX_LOCK_TIMEOUT.plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(configuration.lockTimeout(SchemaBootstrapConfiguration.MAX_LOCK_TIMEOUT).load().lockTimeout())
                .isEqualTo(SchemaBootstrapConfiguration.MAX_LOCK_TIMEOUT);
    }

    @Test
    void modulesSelectFromTheCatalogWhicheverIsSetFirst(TestDatabase db) {
        SchemaBootstrap modulesFirst = SchemaBootstrap.configure(db.dataSource()).modules(List.of("fx_accounts"))
                .catalog(Fixtures.catalog()).serviceLines(List.of()).load();
        SchemaBootstrap catalogFirst = SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                .modules(List.of("fx_accounts")).serviceLines(List.of()).load();
        assertThat(modulesFirst.catalog().moduleNames()).containsExactly("fx_accounts");
        assertThat(catalogFirst.catalog().moduleNames()).containsExactly("fx_accounts");
    }

    @Test
    void changingTheConfigurationAfterLoadDoesNotChangeTheBootstrap(TestDatabase db) {
        SchemaBootstrapConfiguration configuration = SchemaBootstrap.configure(db.dataSource())
                .catalog(Fixtures.catalog()).serviceLines(List.of()).lockTimeout(Duration.ofSeconds(5));
        SchemaBootstrap loaded = configuration.load();
        configuration.modules(List.of("fx_accounts")).lockTimeout(Duration.ofSeconds(9));

        assertThat(loaded.catalog().moduleNames()).containsExactly("fx_accounts", "fx_notes");
        assertThat(loaded.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(configuration.load().catalog().moduleNames()).containsExactly("fx_accounts");
    }

    @Test
    void withListenerReportsElsewhereAndKeepsEverythingElse(TestDatabase parent) {
        TestDatabase db = parent.createSibling("listener");
        SchemaBootstrap quiet = SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                .serviceLines(List.of()).lockTimeout(Duration.ofSeconds(7)).load();
        RecordingListener listener = new RecordingListener();
        SchemaBootstrap reporting = quiet.withListener(listener);

        assertThat(reporting.catalog()).isSameAs(quiet.catalog());
        assertThat(reporting.lockTimeout()).isEqualTo(Duration.ofSeconds(7));
        reporting.init();
        assertThat(listener.events).isNotEmpty();
    }

    @Test
    void oneBootstrapSharedByFourThreadsCreatesTheSchemaOnce(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("shared");
        ModelSchema.of(Fixtures.catalog()).schemaScript(); // render once, so that the four start together
        SchemaBootstrap shared = SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                .serviceLines(List.of()).load();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SchemaBootstrap.StartupResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return shared.initAndMigrate();
                }));
            }
            start.countDown();
            List<SchemaBootstrap.StartupResult> done = new ArrayList<>();
            for (Future<SchemaBootstrap.StartupResult> result : results) {
                done.add(result.get());
            }
            assertThat(done).filteredOn(result -> result.init().changedAnything()).hasSize(1);
            assertThat(done).allSatisfy(result -> assertThat(result.migrate().modules())
                    .extracting(MigrationReport.ModuleMigrations::toVersion).containsExactly("1", "3"));
        } finally {
            pool.shutdown();
        }
        assertThat(Databases.history(db, "aicare_schema_history_fx_notes")).startsWith("1 BASELINE true");
    }
}
