package id.ac.ugm.aicare.schema.migration;

import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SchemaMigrator} works: the {@code lock_timeout} of every DDL statement (default 5 s),
 * rounded up to whole milliseconds and at most PostgreSQL's 2147483647 ms; how often a statement is
 * tried when its lock is not granted (default 4 attempts) and the pause before each retry (200 ms,
 * doubling, at most 5 s; at most an hour), the schema (default: the connection's current
 * schema), a listener, and whether new names may hold upper-case or non-ASCII letters (default:
 * no). Immutable; each {@code with...} returns a copy.
 */
public record MigrationOptions(Duration lockTimeout, int attempts, Duration backoff, Duration maxBackoff, String schema,
                               MigrationListener listener, boolean anyLetterNames) {

    /** PostgreSQL's largest lock_timeout: INT_MAX milliseconds, about 24.8 days. */
    private static final Duration MAX_LOCK_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    public MigrationOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(listener, "listener");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockTimeout must be positive: without it a DDL statement can queue "
                    + "behind a long transaction and block every query on the table");
        }
        if (lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
            throw new IllegalArgumentException("lockTimeout must be at most " + MAX_LOCK_TIMEOUT.toMillis()
                    + " ms, PostgreSQL's limit: " + lockTimeout);
        }
        if (backoff.compareTo(MAX_BACKOFF) > 0 || maxBackoff.compareTo(MAX_BACKOFF) > 0) {
            throw new IllegalArgumentException("backoff must be at most " + MAX_BACKOFF.toHours() + " hours");
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

    /**
     * The {@code lock_timeout} sent to PostgreSQL, in whole milliseconds, rounded up: PostgreSQL reads
     * {@code '0ms'} as no timeout at all, so a sub-millisecond timeout becomes 1 ms, never 0.
     */
    public long lockTimeoutMillis() {
        long millis = lockTimeout.toMillis();
        return lockTimeout.minusMillis(millis).isZero() ? millis : millis + 1;
    }

    public static MigrationOptions defaults() {
        return new MigrationOptions(Duration.ofSeconds(5), 4, Duration.ofMillis(200), Duration.ofSeconds(5), null,
                MigrationListener.NONE, false);
    }

    public MigrationOptions withLockTimeout(Duration value) {
        return new MigrationOptions(value, attempts, backoff, maxBackoff, schema, listener, anyLetterNames);
    }

    /** Total attempts per statement (1 = no retry). */
    public MigrationOptions withAttempts(int value) {
        return new MigrationOptions(lockTimeout, value, backoff, maxBackoff, schema, listener, anyLetterNames);
    }

    /** The pause before the first retry; it doubles for each further one, up to {@code max}. */
    public MigrationOptions withBackoff(Duration first, Duration max) {
        return new MigrationOptions(lockTimeout, attempts, first, max, schema, listener, anyLetterNames);
    }

    public MigrationOptions withSchema(String value) {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, value, listener, anyLetterNames);
    }

    /**
     * Lets the helpers create tables, columns, indexes, constraints, types and sequences whose names
     * hold upper-case or non-ASCII letters (quoted in SQL). Off by default: such names let
     * {@code email}, {@code Email} and {@code еmail} (Cyrillic {@code е}) stand side by side. Names of
     * existing objects (to rename or drop them) are accepted either way.
     */
    public MigrationOptions allowingUpperCaseAndNonAsciiNames() {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, schema, listener, true);
    }

    public MigrationOptions withListener(MigrationListener value) {
        return new MigrationOptions(lockTimeout, attempts, backoff, maxBackoff, schema, value, anyLetterNames);
    }
}
