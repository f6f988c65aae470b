package id.ac.ugm.aicare.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The modes other than the default, each on an empty database of its own: none of them creates a
 * table, and a start they refuse fails with the library's one-line reason.
 */
@PostgresTest
class StartupModesTest {

    /** With mode none Boot's Flyway is Boot's again, and these tests' classpath has a db/migration of its own. */
    private static final String NO_BOOT_FLYWAY = "spring.flyway.enabled=false";

    @Test
    void migrateOnAnEmptyDatabaseFailsTheStartAndCreatesNothing(TestDatabase server) {
        TestDatabase database = server.createSibling("migrate");
        Throwable failure = catchThrowable(() -> ServiceContexts.start(database, "aicare.schema.mode=migrate"));
        FailureAnalysis analysis = new AicareFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("not initialised: modules auth, clinical").doesNotContain("\n");
        assertThat(tables(database)).isZero();
    }

    @Test
    void validateOnAnEmptyDatabaseFailsTheStartAndCreatesNothing(TestDatabase server) {
        TestDatabase database = server.createSibling("validate");
        Throwable failure = catchThrowable(() -> ServiceContexts.start(database, "aicare.schema.mode=validate"));
        FailureAnalysis analysis = new AicareFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("aicare.schema.mode=validate: the schema is not up to date, "
                + "nothing was changed: module auth: not initialised (absent); module clinical: not initialised "
                + "(absent); service line notes: not started, 1 pending");
        assertThat(analysis.getAction()).contains("MIGRATIONS.md");
        assertThat(tables(database)).isZero();
    }

    @Test
    void modeNoneLeavesTheDatabaseAloneAndTheHealthSaysDown(TestDatabase server) {
        TestDatabase database = server.createSibling("none");
        try (ConfigurableApplicationContext service = ServiceContexts.start(database, "aicare.schema.mode=none",
                "spring.jpa.hibernate.ddl-auto=none", NO_BOOT_FLYWAY)) {
            Health health = service.getBean("aicareHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(module(health, "auth")).containsEntry("state", "ABSENT").containsEntry("upToDate", false);
        }
        assertThat(tables(database)).isZero();
    }

    @Test
    void aPendingMigrationOfTheServiceLineTurnsTheHealthDown(TestDatabase server) {
        TestDatabase database = server.createSibling("pending");
        // The line's history is started while its location has no migration yet; then V1 arrives.
        ServiceContexts.start(database, "aicare.schema.service-lines.notes.location=classpath:db/aicare_service/none_yet",
                "spring.jpa.hibernate.ddl-auto=none").close();
        try (ConfigurableApplicationContext service = ServiceContexts.start(database, "aicare.schema.mode=none",
                "spring.jpa.hibernate.ddl-auto=none", NO_BOOT_FLYWAY)) {
            Health health = service.getBean("aicareHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("serviceLines")).asString().contains("pending=[V1 (service notes)]");
            assertThat(module(health, "clinical")).containsEntry("upToDate", true);
        }
    }

    @Test
    void bootsFlywayStaysOffBesideTheStarter(TestDatabase server) {
        TestDatabase database = server.createSibling("bootflywayoff");
        try (ConfigurableApplicationContext service = ServiceContexts.start(database)) {
            assertThat(service.getBeanProvider(Flyway.class).getIfAvailable()).isNull();
        }
        assertThat(tableExists(database, "flyway_schema_history")).isFalse();
    }

    @Test
    void bootsFlywayKeptOnRunsAfterTheStartup(TestDatabase server) {
        TestDatabase database = server.createSibling("bootflywayon");
        try (ConfigurableApplicationContext service = ServiceContexts.start(database, "spring.flyway.enabled=true")) {
            assertThat(service.getBeanFactory().getBeanDefinition("flyway").getDependsOn()).contains("aicareSchemaStartup");
        }
        JdbcTestDatabase jdbc = new JdbcTestDatabase(database);
        assertThat(tableExists(database, "boot_flyway_notes")).isTrue();
        assertThat(jdbc.queryLong("SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success")).isOne();
        assertThat(jdbc.queryLong("SELECT count(*) FROM flyway_schema_history h, aicare_schema_history_auth a "
                + "WHERE h.version = '1' AND h.installed_on >= a.installed_on")).as("Boot's migration ran after init").isOne();
    }

    private static boolean tableExists(TestDatabase database, String table) {
        return new JdbcTestDatabase(database).queryLong(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?", table) == 1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> module(Health health, String name) {
        return ((Map<String, Map<String, Object>>) health.getDetails().get("modules")).get(name);
    }

    private static long tables(TestDatabase database) {
        return new JdbcTestDatabase(database).queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    }
}
