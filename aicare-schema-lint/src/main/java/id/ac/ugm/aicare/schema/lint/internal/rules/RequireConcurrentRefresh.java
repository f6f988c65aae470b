package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** {@code REFRESH MATERIALIZED VIEW} without {@code CONCURRENTLY} holds an ACCESS EXCLUSIVE lock on the view for the whole query. */
public final class RequireConcurrentRefresh implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-concurrent-refresh", RuleCategory.ONLINE_SAFETY,
            Severity.WARNING,
            "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every read of the view until it is rebuilt",
            "use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view)");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        TableRewrites.report(script, hits, TableRewrites.Kind.REFRESH, DEFINITION, rewrite -> "REFRESH MATERIALIZED VIEW" + TableRewrites.target(rewrite) + " without CONCURRENTLY blocks every read of the view until it is rebuilt");
    }
}
