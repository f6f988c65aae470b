package id.ac.ugm.aicare.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** What the starter does to the database at start-up, and with which modules and lines. */
@ConfigurationProperties("aicare.schema")
@Getter
@Setter
public class AicareSchemaProperties {

    /** What the start-up does to the schema, before the entity manager factory is built. */
    private Mode mode = Mode.INIT_AND_MIGRATE;

    /**
     * The model modules to work on (each with the modules it depends on); empty: every model module
     * on the classpath. The entity manager factory gets the same modules' entities.
     */
    private List<String> modules = new ArrayList<>();

    /** How long to wait for another instance's schema lock before failing the start; 0 waits for ever. */
    private Duration lockTimeout = Duration.ofMinutes(10);

    /**
     * The service's own migration lines, by name (the name gives the default location
     * {@code classpath:db/aicare_service/NAME} and history table {@code aicare_service_history_NAME}).
     * Lines that jars announce through {@code META-INF/services} are always included.
     */
    private Map<String, ServiceLineProperties> serviceLines = new LinkedHashMap<>();

    /** How long the health indicator and the info contributor reuse one status of the schema. */
    private Duration statusCacheFor = Duration.ofSeconds(30);

    /** What the start-up does. */
    public enum Mode {
        /** {@code init} where modules have no tables yet (or adopts matching ones), then {@code migrate}. */
        INIT_AND_MIGRATE,
        /** Only {@code migrate}: the start fails when a module is not initialised. */
        MIGRATE,
        /** Changes nothing: the start fails unless every module and line is up to date and matches the models. */
        VALIDATE,
        /** Nothing at start-up (Boot's own Flyway auto-configuration is then left as Boot has it). */
        NONE
    }

    /** One service line. */
    @Getter
    @Setter
    public static class ServiceLineProperties {

        /** Its Flyway location, {@code classpath:...} or {@code filesystem:...}; default {@code classpath:db/aicare_service/NAME}. */
        private String location;

        /** Its Flyway history table; default {@code aicare_service_history_NAME}. */
        private String historyTable;

        /** The model modules whose tables its migrations touch; default every module of the catalog. */
        private List<String> buildsOn = new ArrayList<>();
    }
}
