package id.ac.ugm.aicare.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.catalog.PostgresNamingStrategy;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.spring.boot.serviceentity.ServiceNote;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * What the auto-configuration registers for which properties and classpath, and that every refused
 * property is refused before a connection is asked for. The data source points at no server and
 * counts connections: these tests need no database, and zero connections proves no SQL was sent.
 */
class AicareSchemaAutoConfigurationTest {

    private final CountingDataSource dataSource = CountingDataSource.nowhere();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AicareSchemaAutoConfiguration.class))
            .withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("aicare.schema.mode=none");

    @Test
    void modeNoneBuildsNoStartupAndConnectsToNothing() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AicareSchema.class).doesNotHaveBean(SchemaStartup.class);
            assertThat(dataSource.connections()).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "None", "none"})
    void modeIsReadInBootsRelaxedForms(String none) {
        runner.withPropertyValues("aicare.schema.mode=" + none)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SchemaStartup.class));
    }

    @Test
    void aMalformedModeFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("aicare.schema.mode=sometimes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("aicare.schema.mode");
            assertThat(dataSource.connections()).isZero();
        });
    }

    @Test
    void anUnknownModuleFailsNamingThePropertyBeforeAnySql() {
        runner.withPropertyValues("aicare.schema.mode=init-and-migrate", "aicare.schema.modules=auth,nosuch")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootAicareFailure(context.getStartupFailure()))
                            .isInstanceOf(AicareSchemaConfigurationException.class)
                            .hasMessageStartingWith("aicare.schema.modules: ")
                            .hasMessageContaining("'nosuch'");
                    assertThat(dataSource.connections()).isZero();
                });
    }

    @Test
    void modulesSelectTheCatalogWithWhatTheyDependOn() {
        runner.withPropertyValues("aicare.schema.modules=clinical").run(context ->
                assertThat(context.getBean(AicareSchema.class).catalog().moduleNames()).containsExactly("auth", "clinical"));
        runner.withPropertyValues("aicare.schema.modules=auth").run(context ->
                assertThat(context.getBean(AicareSchema.class).catalog().moduleNames()).containsExactly("auth"));
    }

    @Test
    void aServiceLineWhoseLocationIsMissingFailsBeforeAnySql() {
        runner.withPropertyValues("aicare.schema.mode=migrate",
                        "aicare.schema.service-lines.journal.location=classpath:db/nowhere")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootAicareFailure(context.getStartupFailure()))
                            .isInstanceOf(AicareSchemaConfigurationException.class)
                            .hasMessage("aicare.schema.service-lines: service line journal: migration location "
                                    + "classpath:db/nowhere does not exist");
                    assertThat(dataSource.connections()).isZero();
                });
    }

    @Test
    void aServiceLineTakesItsDefaultsFromItsName() {
        runner.withPropertyValues("aicare.schema.service-lines.notes.builds-on=clinical").run(context -> {
            ServiceLine line = context.getBean(AicareSchema.class).serviceLines().get(0);
            assertThat(line.name()).isEqualTo("notes");
            assertThat(line.migrationLocation()).isEqualTo("classpath:db/aicare_service/notes");
            assertThat(line.historyTable()).isEqualTo("aicare_service_history_notes");
            assertThat(line.buildsOn()).containsExactly("clinical");
        });
    }

    @Test
    void aServiceLineKeepsWhatItIsGiven() {
        runner.withPropertyValues("aicare.schema.service-lines.notes.location=classpath:db/aicare_service/notes",
                "aicare.schema.service-lines.notes.history-table=notes_history").run(context -> {
            ServiceLine line = context.getBean(AicareSchema.class).serviceLines().get(0);
            assertThat(line.historyTable()).isEqualTo("notes_history");
            assertThat(line.buildsOn()).as("every module by default").containsExactly("auth", "clinical");
        });
    }

    @Test
    void linesThatJarsAnnounceComeWithTheConfiguredOnes(@TempDir Path jar) throws IOException {
        Path services = Files.createDirectories(jar.resolve("META-INF/services"));
        Files.writeString(services.resolve(ServiceLine.class.getName()), AnnouncedLine.class.getName() + "\n");
        try (URLClassLoader withAnnouncement = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            runner.withClassLoader(withAnnouncement)
                    .withPropertyValues("aicare.schema.service-lines.notes.builds-on=clinical")
                    .run(context -> assertThat(context.getBean(AicareSchema.class).serviceLines())
                            .extracting(ServiceLine::name).containsExactly("announced", "notes"));
        }
    }

    @Test
    void aNegativeLockTimeoutFailsNamingTheProperty() {
        runner.withPropertyValues("aicare.schema.lock-timeout=-1s").run(context -> {
            assertThat(rootAicareFailure(context.getStartupFailure()))
                    .hasMessageStartingWith("aicare.schema.lock-timeout: lock timeout must be between zero and");
            assertThat(dataSource.connections()).isZero();
        });
    }

    @Test
    void managedTypesAreEveryModelEntityThenTheServicesOwn() {
        runner.withUserConfiguration(ServicePackage.class).run(context -> {
            List<String> expected = new ArrayList<>();
            ModelCatalog.discover().entityClasses().forEach(type -> expected.add(type.getName()));
            expected.add(ServiceNote.class.getName());
            assertThat(context.getBean(PersistenceManagedTypes.class).getManagedClassNames())
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void managedTypesFollowTheSelectedModules() {
        runner.withPropertyValues("aicare.schema.modules=auth").run(context -> {
            List<String> names = context.getBean(PersistenceManagedTypes.class).getManagedClassNames();
            assertThat(names).contains(User.class.getName()).doesNotContain(JournalEntry.class.getName());
        });
    }

    @Test
    void healthAndInfoAreContributedWithTheActuator() {
        runner.run(context -> assertThat(context).hasBean("aicareHealthIndicator").hasBean("aicareInfoContributor"));
    }

    @Test
    void noHealthIndicatorWithoutBootsHealth() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("aicareHealthIndicator"));
    }

    @Test
    void noInfoContributorWithoutTheActuator() {
        runner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("aicareInfoContributor"));
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("management.health.aicare.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("aicareHealthIndicator"));
    }

    @Test
    void bootsFlywayIsOffByDefaultWhileTheStarterRunsTheSchema() {
        assertThat(flywayEnabledAfterDefaults(Map.of())).isEqualTo("false");
        assertThat(flywayEnabledAfterDefaults(Map.of("aicare.schema.mode", "validate"))).isEqualTo("false");
        assertThat(flywayEnabledAfterDefaults(Map.of("aicare.schema.mode", "none"))).isNull();
        assertThat(flywayEnabledAfterDefaults(Map.of("spring.flyway.enabled", "true")))
                .as("the service's own choice wins").isEqualTo("true");
    }

    @Test
    void theFlywayDefaultsStayBelowTheApplicationsOwnDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new DefaultPropertiesPropertySource(Map.of("spring.flyway.enabled", "true")));
        BootFlywayOffByDefault.apply(environment);
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.flyway.baseline-on-migrate")).isEqualTo("true");
    }

    @Test
    void hikariPoolsOfTheContextGetNoServerErrorDetail() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AicareSchemaAutoConfiguration.class))
                .withPropertyValues("aicare.schema.mode=none", "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never_asked")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
                        .containsEntry("logServerErrorDetail", "false"));
    }

    @Test
    void aServicesOwnServerErrorDetailSettingIsKept() {
        HikariDataSource pool = new HikariDataSource();
        pool.addDataSourceProperty("logServerErrorDetail", "true");
        new HikariServerErrorDetail().postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).containsEntry("logServerErrorDetail", "true");
    }

    @Test
    void hibernateGetsTheModelsImplicitNamingStrategy() {
        Map<String, Object> properties = new HashMap<>();
        new ModelNamingStrategy(new StandardEnvironment()).customize(properties);
        assertThat(properties).containsEntry("hibernate.implicit_naming_strategy", PostgresNamingStrategy.class.getName());
    }

    @Test
    void aNamingStrategyTheServiceChoseIsKept() {
        runner.withPropertyValues("spring.jpa.hibernate.naming.implicit-strategy=com.example.Mine").run(context -> {
            Map<String, Object> properties = new HashMap<>();
            context.getBean(ModelNamingStrategy.class).customize(properties);
            assertThat(properties).doesNotContainKey("hibernate.implicit_naming_strategy");
        });
    }

    private static String flywayEnabledAfterDefaults(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        BootFlywayOffByDefault.apply(environment);
        return environment.getProperty("spring.flyway.enabled");
    }

    /** The first of the library's own exceptions in the failure's chain, as the failure analyzer finds it. */
    static AicareException rootAicareFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AicareException own) {
                return own;
            }
        }
        throw new AssertionError("no AicareException in the failure's chain", failure);
    }

    /** Names the service's package as its {@code @SpringBootApplication} would, without the rest of auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = ServiceNote.class)
    static class ServicePackage {
    }
}
