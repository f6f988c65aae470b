package id.ac.ugm.aicare.schema.engine.migration;

import id.ac.ugm.aicare.schema.engine.model.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.sql.SqlIdentifiers;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SchemaMigrator} works: the {@code lock_timeout} of every DDL statement (default 5 s),
 * how often a statement is tried when its lock is not granted (default 4 attempts) and the pause
 * before each retry (200 ms, doubling, at most 5 s), the schema (default: the connection's current
 * schema), the models that {@code createTable(Class)} renders (default: every module on the
 * classpath) and a listener. Immutable; each {@code with...} returns a copy.
 */
public record MigrationOptions(Duration lockTimeout, int attempts, Duration backoff, Duration maxBackoff, String schema,
                               ModelCatalog models, MigrationListener listener) {

    public MigrationOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(listener, "listener");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockTimeout must be positive: without it a DDL statement can queue "
                    + "behind a long transaction and block every query on the table");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (backoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
        if (schema != null) {
            SqlIdentifiers.validate(schema);
        }
    }

    public static MigrationOptions defaults() {
        return new MigrationOptions(Duration.ofSeconds(5), 4, Duration.ofMillis(200), Duration.ofSeconds(5), null, null,
                MigrationListener.NONE);
    }

    public MigrationOptions withLockTimeout(Duration value) {
        return new MigrationOptions(value, attempts, backoff, maxBackoff, schema, models, listener);
    }

    /** Total attempts per statement (1 = no retry). */
    public MigrationOptions withAttempts(int value) {
        return new MigrationOptions(lockTimeout, value, backoff, maxBackoff, schema, models, listener);
    }

    /** The pause before the first retry; it doubles for each further one, up to {@code max}. */
    public MigrationOptions withBackoff(Duration first, Duration max) {
        return new MigrationOptions(lockTimeout, attempts, first, max, schema, models, listener);
    }

    public MigrationOptions withSchema(String value) {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, value, models, listener);
    }

    public MigrationOptions withModels(ModelCatalog value) {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, schema, value, listener);
    }

    public MigrationOptions withListener(MigrationListener value) {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, schema, models, value);
    }
}
