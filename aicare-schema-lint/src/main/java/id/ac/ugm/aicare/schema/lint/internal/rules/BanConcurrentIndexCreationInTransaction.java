package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.flyway.FlywayTransactions;

/**
 * PostgreSQL refuses CONCURRENTLY inside a transaction block. Flyway runs a migration outside a
 * transaction only when every statement in it is one that cannot run inside one; mixed with anything
 * else, even a SET, the migration is refused or runs in a transaction and fails.
 */
public final class BanConcurrentIndexCreationInTransaction implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-concurrent-index-creation-in-transaction",
            RuleCategory.ONLINE_SAFETY, Severity.ERROR,
            "CONCURRENTLY cannot run inside a transaction, and this migration runs it in one",
            "put each CONCURRENTLY statement alone in its own migration file, outside BEGIN/COMMIT and DO blocks");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        boolean othersPresent = script.topLevel().stream()
                .anyMatch(s -> !FlywayTransactions.isConcurrent(s.sql()) && !(s.ddl() instanceof Ddl.TransactionControl));
        boolean inExplicitTransaction = false;
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.TransactionControl control) {
                inExplicitTransaction = control.keyword().isAny("BEGIN", "START");
                continue;
            }
            if (!concurrent(statement)) {
                continue;
            }
            String message = null;
            if (statement.isInsideDoBlock()) {
                message = "CONCURRENTLY inside a DO block, which always runs in a transaction";
            } else if (inExplicitTransaction) {
                message = "CONCURRENTLY inside BEGIN ... COMMIT";
            } else if (!script.flywayOpensTransaction()) {
                // A plain tool, or a Flyway script whose .conf says executeInTransaction=false.
                continue;
            } else if (script.configuredInTransaction()) {
                message = "the script's .conf says executeInTransaction=true, so Flyway runs CONCURRENTLY in a transaction";
            } else if (FlywayTransactions.failsInFlywayTransaction(statement.sql())) {
                message = "Flyway does not recognise this statement as non-transactional and runs it in a transaction";
            } else if (othersPresent) {
                message = "CONCURRENTLY mixed with other statements: Flyway refuses the migration, or with mixed=true runs none of it in a transaction";
            }
            if (message != null) {
                hits.report(DEFINITION, statement, statement.sql().first(), message);
            }
        }
    }

    private static boolean concurrent(ParsedStatement statement) {
        if (!statement.sql().contains("CONCURRENTLY")) {
            return false;
        }
        return FlywayTransactions.isConcurrent(statement.sql())
                || statement.ddl() instanceof Ddl.CreateIndex create && create.concurrently()
                || statement.ddl() instanceof Ddl.DropObjects drop && drop.concurrently();
    }
}
