package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** {@code REINDEX} without {@code CONCURRENTLY} locks out writes to the table for the whole rebuild. (Squawk's rule of the same name.) */
public final class RequireConcurrentReindex implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-concurrent-reindex", RuleCategory.ONLINE_SAFETY,
            Severity.WARNING,
            "REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index, while it rebuilds",
            "use REINDEX ... CONCURRENTLY (PostgreSQL 12+), alone in its own migration so that it runs outside a transaction");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        TableRewrites.report(script, hits, TableRewrites.Kind.REINDEX, DEFINITION, rewrite -> "REINDEX" + TableRewrites.target(rewrite) + " without CONCURRENTLY blocks writes to the table while it rebuilds");
    }
}
