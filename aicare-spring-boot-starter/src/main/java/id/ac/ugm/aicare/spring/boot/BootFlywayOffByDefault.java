package id.ac.ugm.aicare.spring.boot;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Boot's own Flyway auto-configuration off ({@code spring.flyway.enabled=false}, as a default
 * of the lowest precedence) whenever the starter runs the schema: the engine runs Flyway per module
 * with its own history tables, and Boot's would otherwise migrate {@code db/migration} into a
 * {@code flyway_schema_history} of its own at the same start. A service that wants both sets
 * {@code spring.flyway.enabled=true}; Boot's Flyway then runs after the starter's start-up.
 */
public final class BootFlywayOffByDefault implements EnvironmentPostProcessor {

    static final String SOURCE = "aicareSchemaDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        apply(environment);
    }

    /** The same, for contexts that no {@link SpringApplication} starts (tests with a context runner). */
    public static void apply(ConfigurableEnvironment environment) {
        AicareSchemaProperties.Mode mode;
        try {
            mode = Binder.get(environment).bind("aicare.schema.mode", AicareSchemaProperties.Mode.class)
                    .orElse(AicareSchemaProperties.Mode.INIT_AND_MIGRATE);
        } catch (RuntimeException e) {
            return; // a malformed mode fails the start when the properties are bound, with Boot's own message
        }
        if (mode != AicareSchemaProperties.Mode.NONE && !environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
        }
    }
}
