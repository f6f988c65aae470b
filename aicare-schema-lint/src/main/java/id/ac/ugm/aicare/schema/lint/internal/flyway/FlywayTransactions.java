package id.ac.ugm.aicare.schema.lint.internal.flyway;

import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;

/**
 * Which statements Flyway's PostgreSQL support runs outside a transaction. Flyway wraps each
 * migration in one transaction unless it recognises one of these; a file that mixes them with
 * ordinary statements is refused (unless {@code mixed} is set, when none of it runs in a transaction).
 */
public final class FlywayTransactions {

    private FlywayTransactions() {
    }

    /** True for the statements Flyway recognises as unable to run in a transaction. */
    public static boolean isNonTransactional(SqlStatement s) {
        if (s.startsWith("CREATE", "INDEX", "CONCURRENTLY") || s.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                || s.startsWith("DROP", "INDEX", "CONCURRENTLY") || s.startsWith("DROP", "UNIQUE", "INDEX", "CONCURRENTLY")) {
            return true;
        }
        if ((s.is(0, "CREATE") || s.is(0, "DROP")) && (s.is(1, "DATABASE") || s.is(1, "TABLESPACE") || s.is(1, "SUBSCRIPTION"))) {
            return true;
        }
        if (s.startsWith("REINDEX")) {
            int kind = s.is(1, "VERBOSE") ? 2 : 1;
            return s.is(kind, "SCHEMA") || s.is(kind, "DATABASE") || s.is(kind, "SYSTEM");
        }
        return s.startsWith("ALTER", "SYSTEM") || s.startsWith("VACUUM") || s.startsWith("DISCARD", "ALL");
    }

    /**
     * True for statements PostgreSQL refuses inside a transaction block although Flyway does not
     * recognise them, so Flyway runs them in its transaction and they fail.
     */
    public static boolean failsInFlywayTransaction(SqlStatement s) {
        return (s.startsWith("REINDEX") && s.contains("CONCURRENTLY") && !isNonTransactional(s))
                || (s.startsWith("ALTER", "TABLE") && s.contains("DETACH") && s.contains("CONCURRENTLY"));
    }

    /** True for the statements that must not run in a transaction, recognised by Flyway or not. */
    public static boolean isConcurrent(SqlStatement s) {
        return s.contains("CONCURRENTLY") && (isNonTransactional(s) || failsInFlywayTransaction(s));
    }
}
