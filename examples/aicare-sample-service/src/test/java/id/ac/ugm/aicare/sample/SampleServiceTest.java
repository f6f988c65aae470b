package id.ac.ugm.aicare.sample;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.sample.journal.JournalEntries;
import id.ac.ugm.aicare.sample.journal.Students;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import id.ac.ugm.aicare.spring.boot.AicareSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import jakarta.el.ExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.Version;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample service on an empty database, started as {@code main} starts it, twice: the first
 * start creates the models' schema and applies the service's own migration before Hibernate
 * validates the mapping ({@code ddl-auto=validate}); the second finds nothing to do and stays up
 * for the tests, which talk to it over HTTP as a client would. The test database's JDBC URL is
 * handed to each start as the {@code spring.datasource.*} properties.
 */
@PostgresTest
class SampleServiceTest {

    private static TestDatabase database;
    private static JdbcTestDatabase jdbc;
    private static SchemaSnapshot afterFirstStart;
    private static List<String> historiesAfterFirstStart;
    private static ConfigurableApplicationContext service;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwice(TestDatabase testDatabase) throws SQLException {
        database = testDatabase;
        jdbc = new JdbcTestDatabase(testDatabase);
        assertThat(jdbc.queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();

        long started = System.nanoTime();
        ConfigurableApplicationContext first = start();
        Duration firstStart = Duration.ofNanos(System.nanoTime() - started);
        afterFirstStart = snapshot();
        historiesAfterFirstStart = histories();
        first.close();

        started = System.nanoTime();
        service = start();
        Duration laterStart = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("%s on Hibernate %s, Flyway %s: context start as the test sees it: %d ms on an empty "
                        + "database, %d ms for a later start%n", service.getEnvironment().getProperty("spring.application.name"),
                Version.getVersionString(), flywayVersion(), firstStart.toMillis(), laterStart.toMillis());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SampleServiceApplication.class).properties(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "server.port=0",
                "spring.main.banner-mode=off",
                "logging.level.root=warn",
                "logging.level.id.ac.ugm.aicare=info").run();
    }

    @Test
    void theFirstStartCreatedTheModelsSchemaAndTheServicesTable() {
        assertThat(tableExists("users")).isTrue();
        assertThat(tableExists("journal_entries")).isTrue();
        assertThat(tableExists("journal_entry_tags")).isTrue();
    }

    @Test
    void theSecondStartChangedNothing() throws SQLException {
        assertThat(snapshot()).isEqualTo(afterFirstStart);
        assertThat(histories()).isEqualTo(historiesAfterFirstStart);
    }

    @Test
    void theServicesOwnMigrationWasAppliedOnce() {
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_service_history_journal WHERE version = '1' AND success"))
                .isOne();
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_service_history_journal WHERE NOT success")).isZero();
    }

    @Test
    void statusReportsNoDrift() {
        StatusReport report = service.getBean(AicareSchema.class).status();
        assertThat(report.upToDate()).isTrue();
        assertThat(report.modules()).extracting(StatusReport.ModuleStatus::module).containsExactly("auth", "clinical");
        assertThat(report.modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        assertThat(report.serviceLines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo("journal");
            assertThat(line.differences()).isEmpty();
            assertThat(line.objects()).as("the service's table is the line's, not drift of clinical").isNotEmpty();
        });
    }

    @Test
    void theHealthEndpointSaysUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        Map<String, Object> body = json(health.body());
        assertThat(body).containsEntry("status", "UP");
        assertThat(body.get("components")).asString().contains("aicare={status=UP}");
    }

    @Test
    void aJournalEntryRoundTripsThroughTheApiAndJpa() throws Exception {
        int student = service.getBean(Students.class).save(new User("writer@example.test")).getId();
        HttpResponse<String> written = post("/students/" + student + "/journal-entries",
                "{\"entryDate\":\"2026-03-01\",\"content\":\"Slept well before the exam.\",\"tags\":[\"sleep\",\"exam\"]}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

        List<Map<String, Object>> entries = jsonList(get("/students/" + student + "/journal-entries").body());
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("entryDate", "2026-03-01")
                .containsEntry("content", "Slept well before the exam.")
                .containsEntry("tags", List.of("sleep", "exam")));
        List<JournalEntry> stored = service.getBean(JournalEntries.class).findByUserIdOrderByEntryDate(student);
        assertThat(stored).singleElement().extracting(JournalEntry::getContent).isEqualTo("Slept well before the exam.");
    }

    @Test
    void theModelsBeanValidationRefusesABlankEntryWithoutEchoingIt() throws Exception {
        int student = service.getBean(Students.class).save(new User("blank@example.test")).getId();
        HttpResponse<String> refused = post("/students/" + student + "/journal-entries",
                "{\"entryDate\":\"2026-03-02\",\"content\":\"   \",\"tags\":[]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body())).containsEntry("invalid", List.of("content"));
    }

    @Test
    void theExpressionLanguageIsSpringBootValidationsOnly() {
        // Hibernate Validator needs one; core leaves the choice to the service, the starter brings Boot's.
        assertThat(ExpressionFactory.newInstance().getClass().getName()).isEqualTo("org.apache.el.ExpressionFactoryImpl");
        assertThat(getClass().getClassLoader().getResource("org/glassfish/expressly/ExpressionFactoryImpl.class")).isNull();
    }

    @Test
    void theServiceRunsOnTheVersionsItsBuildManages() {
        assertThat(Version.getVersionString()).isEqualTo(System.getProperty("expected.hibernate.version"));
        assertThat(flywayVersion()).isEqualTo(System.getProperty("expected.flyway.version"));
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
                .isEqualTo(System.getProperty("expected.validator.version"));
    }

    private static String flywayVersion() {
        try (InputStream version = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
            return new String(version.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port") + path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return service.getBean(JsonMapper.class).readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonList(String body) {
        return service.getBean(JsonMapper.class).readValue(body, List.class);
    }

    private static boolean tableExists(String table) {
        return jdbc.queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?", table) == 1;
    }

    private static SchemaSnapshot snapshot() throws SQLException {
        try (Connection connection = database.connection()) {
            return CatalogReader.read(connection, "public");
        }
    }

    /** Every row of the history tables, by rank: version and success. */
    private static List<String> histories() {
        return List.of("aicare_schema_history_auth", "aicare_schema_history_clinical", "aicare_service_history_journal")
                .stream()
                .map(table -> jdbc.queryText("SELECT string_agg(installed_rank || ':' || coalesce(version, '') || ':' "
                        + "|| success, ',' ORDER BY installed_rank) FROM " + table))
                .toList();
    }
}
