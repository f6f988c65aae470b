package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.spring.boot.serviceentity.NotesService;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service on the starter, on a test database: Boot's data source and Hibernate JPA with
 * {@code ddl-auto=validate}, one entity of the service's own ({@code ServiceNote}) and the
 * service's line {@code notes}, whose migration creates that entity's table.
 */
final class ServiceContexts {

    private ServiceContexts() {
    }

    /** The service's properties for that database. */
    static List<String> properties(TestDatabase database) {
        return List.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "spring.jpa.hibernate.ddl-auto=validate",
                "aicare.schema.service-lines.notes.builds-on=clinical");
    }

    /** Starts the service as {@code SpringApplication.run} does: auto-configuration, environment post-processors, failure analyzers. */
    static ConfigurableApplicationContext start(TestDatabase database, String... more) {
        List<String> properties = new ArrayList<>(properties(database));
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(NotesService.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties.toArray(String[]::new))
                .run();
    }

    /** The same service as a context runner: only Boot's data source, Hibernate JPA and the starter. */
    static ApplicationContextRunner runner(TestDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        HibernateJpaAutoConfiguration.class, AicareSchemaAutoConfiguration.class))
                .withUserConfiguration(NotesService.class)
                .withPropertyValues(properties(database).toArray(String[]::new));
    }
}
