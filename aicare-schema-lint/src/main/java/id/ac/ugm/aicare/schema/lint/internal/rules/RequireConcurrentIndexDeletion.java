package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table, blocking even reads. */
public final class RequireConcurrentIndexDeletion implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-concurrent-index-deletion",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "DROP INDEX without CONCURRENTLY blocks reads and writes on the table",
            "use DROP INDEX CONCURRENTLY IF EXISTS, alone in its own migration so that Flyway runs it outside a transaction");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.DropObjects drop && drop.objectType().equals("INDEX")
                    && !drop.concurrently()
                    && !drop.names().stream().allMatch(name -> script.createsIndexBefore(name, statement))) {
                hits.report(DEFINITION, statement, statement.sql().first());
            }
        }
    }
}
