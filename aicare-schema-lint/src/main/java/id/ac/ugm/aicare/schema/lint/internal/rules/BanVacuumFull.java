package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** {@code VACUUM FULL} writes a new copy of the table under an ACCESS EXCLUSIVE lock: no one reads it meanwhile. */
public final class BanVacuumFull implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-vacuum-full", RuleCategory.ONLINE_SAFETY,
            Severity.WARNING,
            "VACUUM FULL rewrites the table while blocking its reads and writes",
            "use plain VACUUM, or pg_repack outside the migration if the space must come back");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        TableRewrites.report(script, hits, TableRewrites.Kind.VACUUM_FULL, DEFINITION, rewrite -> "VACUUM FULL" + TableRewrites.target(rewrite) + " rewrites the table while blocking its reads and writes");
    }
}
