package id.ac.ugm.aicare.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import java.util.Map;
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
                "spring.jpa.hibernate.ddl-auto=none")) {
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
                "spring.jpa.hibernate.ddl-auto=none")) {
            Health health = service.getBean("aicareHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("serviceLines")).asString().contains("pending=[V1 (service notes)]");
            assertThat(module(health, "clinical")).containsEntry("upToDate", true);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> module(Health health, String name) {
        return ((Map<String, Map<String, Object>>) health.getDetails().get("modules")).get(name);
    }

    private static long tables(TestDatabase database) {
        return new JdbcTestDatabase(database).queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    }
}
