package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/**
 * Our migrations are written to be safe to run twice: after a partial failure, on a database
 * adopted from another source, or in a test that re-runs them. Statements without their guards
 * break that.
 */
public final class PreferRobustStmts implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("prefer-robust-stmts", RuleCategory.IDEMPOTENCY,
            Severity.ERROR,
            "statement is not safe to run twice",
            "use IF NOT EXISTS / IF EXISTS / OR REPLACE, or guard it in a DO block that checks the catalog or catches duplicate_object");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        if (script.isRepeatable()) {
            return;
        }
        for (RobustnessProblem problem : RobustnessCheck.problems(script)) {
            hits.report(DEFINITION, problem.statement(), problem.at(), problem.message());
        }
    }
}
