package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxAccount;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxAccountToken;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxNote;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The call a service makes at every start, {@code initAndMigrate()} on an up-to-date database, costs
 * a bounded, constant number of statements and connections: the same three tables as one module or
 * as three send the same SQL, counted from the server's statement log. It used to read each
 * module's history on a connection of its own, one more round trip (and connection) per module.
 */
@PostgresTest
class StartupRoundTripsTest {

    /** init: the lock and its hand-over, the current schema, the tables' presence, the rollback; migrate: the lock, the schema, the histories' presence, one read of them all, the unlock. */
    static final int MOST_STATEMENTS = 12;
    static final int MOST_CONNECTIONS = 3;

    private static final ModelCatalog ONE_MODULE = ModelCatalog.of(List.of(
            module("fx_rt_all", List.of(), FxAccount.class, FxAccountToken.class, FxNote.class)));
    private static final ModelCatalog THREE_MODULES = ModelCatalog.of(List.of(
            module("fx_rt_accounts", List.of(), FxAccount.class),
            module("fx_rt_tokens", List.of("fx_rt_accounts"), FxAccountToken.class),
            module("fx_rt_notes", List.of("fx_rt_accounts"), FxNote.class)));

    @Test
    void theNoOpStartUpSendsTheSameFewStatementsForOneModuleAsForThree(TestDatabase parent) throws Exception {
        Count one = noOpStartUp(parent.createSibling("rt_one"), ONE_MODULE);
        Count three = noOpStartUp(parent.createSibling("rt_three"), THREE_MODULES);

        assertThat(three.statements()).as(String.join("\n", three.statements()))
                .hasSameSizeAs(one.statements()).hasSizeLessThanOrEqualTo(MOST_STATEMENTS);
        assertThat(three.statements()).filteredOn(statement -> statement.contains("aicare_schema_history_")).hasSize(1);
        assertThat(three.connections()).isEqualTo(one.connections()).isLessThanOrEqualTo(MOST_CONNECTIONS);
    }

    @Test
    void aModuleWhoseHistoryHoldsMoreThanItsBaselineIsLeftToFlyway(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("rt_flyway");
        SchemaBootstrap.configure(db.dataSource()).catalog(THREE_MODULES).serviceLines(List.of()).load().initAndMigrate();
        try (Connection connection = db.connection()) {
            connection.createStatement().execute("INSERT INTO aicare_schema_history_fx_rt_tokens (installed_rank, "
                    + "version, description, type, script, installed_by, execution_time, success) "
                    + "VALUES (2, '2', 'by hand', 'SQL', 'V2__by_hand.sql', 'test', 0, true)");
        }
        MigrationReport[] report = new MigrationReport[1];
        List<String> statements = StatementLog.of(db).during(() -> report[0] =
                SchemaBootstrap.configure(db.dataSource()).catalog(THREE_MODULES).serviceLines(List.of()).load().migrate());

        // Flyway's first look at a connection is whether the user is an RDS superuser; it finds that
        // module at the version its history says, the others stay at their baseline without it.
        assertThat(statements).anyMatch(statement -> statement.contains("rds_superuser"));
        assertThat(report[0].modules()).extracting(MigrationReport.ModuleMigrations::module,
                        MigrationReport.ModuleMigrations::fromVersion)
                .containsExactlyInAnyOrder(tuple("fx_rt_accounts", "1"), tuple("fx_rt_tokens", "2"), tuple("fx_rt_notes", "1"));
    }

    @Test
    void statusReadsEveryHistoryInOneStatementOnItsOneConnection(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("rt_status");
        SchemaBootstrap.configure(db.dataSource()).catalog(THREE_MODULES).serviceLines(List.of()).load().initAndMigrate();
        AtomicInteger connections = new AtomicInteger();
        DataSource counting = counting(db.dataSource(), connections);
        StatusReport[] report = new StatusReport[1];
        List<String> statements = StatementLog.of(db).during(() -> report[0] =
                SchemaBootstrap.configure(counting).catalog(THREE_MODULES).serviceLines(List.of()).load().status());

        assertThat(report[0].modules()).extracting(StatusReport.ModuleStatus::currentVersion).containsOnly("1");
        assertThat(report[0].modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        assertThat(statements).filteredOn(statement -> statement.contains("aicare_schema_history_")
                && statement.contains("UNION ALL")).hasSize(1);
        assertThat(connections.get()).isEqualTo(1);
    }

    private record Count(List<String> statements, int connections) {
    }

    private static Count noOpStartUp(TestDatabase db, ModelCatalog catalog) throws Exception {
        SchemaBootstrap.configure(db.dataSource()).catalog(catalog).serviceLines(List.of()).load().initAndMigrate();
        AtomicInteger connections = new AtomicInteger();
        DataSource counting = counting(db.dataSource(), connections);
        List<String> statements = StatementLog.of(db).during(() -> {
            SchemaBootstrap.StartupResult result = SchemaBootstrap.configure(counting).catalog(catalog)
                    .serviceLines(List.of()).load().initAndMigrate();
            assertThat(result.migrate().appliedCount()).isZero();
        });
        return new Count(statements, connections.get());
    }

    /** The data source, counting the connections asked of it. */
    private static DataSource counting(DataSource target, AtomicInteger connections) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    return method.invoke(target, args);
                });
    }

    private static ModelModule module(String name, List<String> dependsOn, Class<?>... entities) {
        return new ModelModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Class<?>> entityClasses() {
                return List.of(entities);
            }

            @Override
            public List<String> dependsOn() {
                return dependsOn;
            }
        };
    }
}
