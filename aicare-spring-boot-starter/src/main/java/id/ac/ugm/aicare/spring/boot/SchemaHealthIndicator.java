package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when every model module and service line is initialised, migrated and matches its models;
 * DOWN when a migration is pending or failed, a module is not initialised or its tables drifted,
 * or the status cannot be read. The details are {@link SchemaStatusDetails}: versions, migration
 * labels and counts, no values.
 */
final class SchemaHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SchemaHealthIndicator.class);

    private final SchemaStatusCache status;

    SchemaHealthIndicator(SchemaStatusCache status) {
        this.status = status;
    }

    @Override
    public Health health() {
        StatusReport report;
        try {
            report = status.status();
        } catch (AicareException e) {
            // The library's messages hold no values; any other exception is Boot's to report.
            log.warn("Schema status failed: {}", e.getMessage());
            return Health.down().withDetail("error", e.getMessage()).build();
        }
        Health.Builder health = report.upToDate() ? Health.up() : Health.down();
        SchemaStatusDetails.details(report).forEach(health::withDetail);
        return health.build();
    }
}
