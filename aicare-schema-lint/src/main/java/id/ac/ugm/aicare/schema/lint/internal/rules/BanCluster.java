package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** {@code CLUSTER} rewrites the table under an ACCESS EXCLUSIVE lock; without a table it reclusters every table clustered before. */
public final class BanCluster implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-cluster", RuleCategory.ONLINE_SAFETY,
            Severity.WARNING,
            "CLUSTER rewrites the table in index order while blocking its reads and writes",
            "leave physical order to maintenance windows (or pg_repack), not migrations");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        TableRewrites.report(script, hits, TableRewrites.Kind.CLUSTER, DEFINITION, rewrite -> "CLUSTER" + TableRewrites.target(rewrite) + " rewrites the table in index order while blocking its reads and writes");
    }
}
