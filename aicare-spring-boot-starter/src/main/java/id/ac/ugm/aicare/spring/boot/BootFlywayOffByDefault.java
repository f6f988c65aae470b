package id.ac.ugm.aicare.spring.boot;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Keeps Boot's own Flyway auto-configuration from fighting the starter's schema start-up: whenever
 * the starter runs the schema, it is off ({@code spring.flyway.enabled=false}), as a default of the
 * lowest precedence (Boot's default properties, below any default the application sets itself).
 * The engine runs Flyway per module with its own history tables; Boot's would otherwise migrate
 * {@code db/migration} into a {@code flyway_schema_history} of its own at the same start.
 *
 * <p>A service that keeps migrations for Boot's Flyway sets {@code spring.flyway.enabled=true}. Its
 * Flyway then runs after the starter's start-up and finds the models' tables already there, so the
 * same defaults let it start its history on that schema ({@code spring.flyway.baseline-on-migrate=true}
 * at {@code spring.flyway.baseline-version=0}, so that its {@code V1} still runs).
 */
public final class BootFlywayOffByDefault implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.flyway.enabled", "false",
            "spring.flyway.baseline-on-migrate", "true",
            "spring.flyway.baseline-version", "0");

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
        if (mode != AicareSchemaProperties.Mode.NONE) {
            addBelowTheApplicationsDefaults(environment.getPropertySources());
        }
    }

    private static void addBelowTheApplicationsDefaults(MutablePropertySources sources) {
        Map<String, Object> merged = new HashMap<>(DEFAULTS);
        PropertySource<?> existing = sources.get(DefaultPropertiesPropertySource.NAME);
        if (existing == null) {
            sources.addLast(new DefaultPropertiesPropertySource(merged));
            return;
        }
        if (existing.getSource() instanceof Map<?, ?> applicationDefaults) {
            applicationDefaults.forEach((key, value) -> merged.put(String.valueOf(key), value));
        }
        sources.replace(DefaultPropertiesPropertySource.NAME, new DefaultPropertiesPropertySource(merged));
    }
}
