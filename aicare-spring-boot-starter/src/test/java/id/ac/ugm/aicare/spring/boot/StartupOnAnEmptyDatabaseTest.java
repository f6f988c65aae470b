package id.ac.ugm.aicare.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service on an empty database: the starter creates the models' tables and applies the service
 * line before Hibernate validates the mapping ({@code ddl-auto=validate}), and every later start
 * finds nothing to do. The first start happens once, before the tests, and stays up for them.
 */
@PostgresTest
class StartupOnAnEmptyDatabaseTest {

    private static TestDatabase database;
    private static JdbcTestDatabase jdbc;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startOnAnEmptyDatabase(TestDatabase testDatabase) {
        database = testDatabase;
        jdbc = new JdbcTestDatabase(testDatabase);
        assertThat(jdbc.queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
        service = ServiceContexts.start(database);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theFirstStartCreatedTheModelsTablesAndTheServicesOwn() {
        assertThat(tableExists("journal_entries")).isTrue();
        assertThat(tableExists("service_notes")).isTrue();
    }

    @Test
    void theServiceLineIsAppliedOnceOverTwoStarts() {
        ServiceContexts.start(database).close();
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_service_history_notes WHERE version = '1' AND success")).isOne();
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_service_history_notes WHERE NOT success")).isZero();
    }

    @Test
    void aLaterStartChangesNothing() throws SQLException {
        SchemaSnapshot before = snapshot();
        List<String> historiesBefore = histories();
        ServiceContexts.start(database).close();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(histories()).isEqualTo(historiesBefore);
    }

    @Test
    void validateModeStartsOnTheMigratedDatabase() {
        try (ConfigurableApplicationContext validated = ServiceContexts.start(database, "aicare.schema.mode=validate")) {
            assertThat(validated.getBean(SchemaStartup.class).mode()).isEqualTo(AicareSchemaProperties.Mode.VALIDATE);
        }
    }

    @Test
    void theStatusReportsEveryModuleAndTheLineUpToDate() {
        StatusReport report = service.getBean(AicareSchema.class).status();
        assertThat(report.upToDate()).as(String.join("; ", SchemaStatusDetails.problems(report))).isTrue();
        assertThat(report.modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        assertThat(report.serviceLines()).singleElement().satisfies(line -> {
            assertThat(line.currentVersion()).isEqualTo("1");
            assertThat(line.differences()).isEmpty();
        });
    }

    @Test
    void theEntityManagerFactoryWaitsForTheSchemaStartup() {
        String[] dependsOn = service.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn();
        assertThat(dependsOn).contains("aicareSchemaStartup");
    }

    @Test
    void bootsFlywayIsOff() {
        assertThat(service.getEnvironment().getProperty("spring.flyway.enabled")).isEqualTo("false");
    }

    @Test
    void healthIsUpWithEachModulesVersionAndNoDrift() {
        Health health = service.getBean("aicareHealthIndicator", HealthIndicator.class).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> modules = (Map<String, Map<String, Object>>) health.getDetails().get("modules");
        assertThat(modules).containsOnlyKeys("auth", "clinical");
        assertThat(modules.get("clinical")).containsEntry("version", "1").containsEntry("drift", 0)
                .containsEntry("pending", List.of()).containsEntry("failed", List.of());
        assertThat(health.getDetails().get("serviceLines")).asString().contains("notes");
    }

    @Test
    void infoShowsTheSchema() {
        Info.Builder info = new Info.Builder();
        service.getBean("aicareInfoContributor", InfoContributor.class).contribute(info);
        assertThat(info.build().getDetails().get("aicare")).asString().contains("clinical", "modelVersion=1");
    }

    @Test
    void entitiesRoundTripThroughTheServicesEntityManagerFactory() {
        EntityManagerFactory factory = service.getBean(EntityManagerFactory.class);
        Integer id = persistUser(factory, "round.trip@example.test").getId();
        try (EntityManager entityManager = factory.createEntityManager()) {
            assertThat(entityManager.find(User.class, id).getEmail()).isEqualTo("round.trip@example.test");
        }
    }

    @Test
    void theServicesPoolKeepsRowValuesOutOfDatabaseErrors() {
        EntityManagerFactory factory = service.getBean(EntityManagerFactory.class);
        persistUser(factory, "twice@example.test");
        Throwable failure = catchThrowable(() -> persistUser(factory, "twice@example.test"));
        assertThat(failure).hasStackTraceContaining("duplicate key");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain("twice@example.test");
        }
    }

    private static User persistUser(EntityManagerFactory factory, String email) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            entityManager.getTransaction().begin();
            User user = new User(email);
            entityManager.persist(user);
            entityManager.getTransaction().commit();
            return user;
        }
    }

    private static boolean tableExists(String table) {
        return jdbc.queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?", table) == 1;
    }

    private static SchemaSnapshot snapshot() throws SQLException {
        try (Connection connection = database.connection()) {
            return CatalogReader.read(connection, "public");
        }
    }

    /** Every row of the three history tables, by rank: version and success. */
    private static List<String> histories() {
        return List.of("aicare_schema_history_auth", "aicare_schema_history_clinical", "aicare_service_history_notes")
                .stream()
                .map(table -> jdbc.queryText("SELECT string_agg(installed_rank || ':' || coalesce(version, '') || ':' "
                        + "|| success, ',' ORDER BY installed_rank) FROM " + table))
                .toList();
    }
}
