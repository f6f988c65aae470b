package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One {@link AicareSchema#status()} shared by the health indicator and the info contributor for a
 * while: a status renders the models in a scratch schema, too much work for every probe of a
 * readiness check. Callers at the same time wait for one status rather than each taking one.
 */
final class SchemaStatusCache {

    private final AicareSchema schema;
    private final Duration keepFor;
    private final Clock clock;
    private StatusReport report;
    private Instant takenAt;

    SchemaStatusCache(AicareSchema schema, Duration keepFor, Clock clock) {
        this.schema = schema;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    /** The last status while it is younger than the cache time, else a new one. A failure is not kept. */
    synchronized StatusReport status() {
        Instant now = clock.instant();
        if (report == null || !now.isBefore(takenAt.plus(keepFor))) {
            report = schema.status();
            takenAt = now;
        }
        return report;
    }
}
