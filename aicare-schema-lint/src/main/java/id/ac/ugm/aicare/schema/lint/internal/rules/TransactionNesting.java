package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/**
 * Flyway already runs each migration in a transaction and records it in the same one. A COMMIT in
 * the file ends that transaction early, so a later failure leaves half a migration applied and
 * unrecorded; a BEGIN only draws a warning from PostgreSQL and misleads the reader.
 */
public final class TransactionNesting implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("transaction-nesting",
            RuleCategory.ONLINE_SAFETY, Severity.ERROR,
            "transaction control inside a migration that Flyway already runs in a transaction",
            "remove BEGIN/COMMIT/ROLLBACK; a statement that cannot run in a transaction goes alone in its own migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        if (!script.flywayOpensTransaction()) {
            // Other tools, and Flyway with executeInTransaction=false, open no transaction: BEGIN/COMMIT is how a file gets one.
            return;
        }
        for (ParsedStatement statement : script.topLevel()) {
            if (statement.ddl() instanceof Ddl.TransactionControl control) {
                hits.report(DEFINITION, statement, control.keyword());
            }
        }
    }
}
