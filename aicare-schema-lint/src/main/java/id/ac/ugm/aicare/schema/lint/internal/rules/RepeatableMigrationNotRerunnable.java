package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/**
 * Flyway runs a repeatable migration (R__) again every time its checksum changes, on a database that
 * already has what the last version created. Every statement in it must converge, not just create.
 */
public final class RepeatableMigrationNotRerunnable implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("repeatable-migration-not-rerunnable",
            RuleCategory.MIGRATION_SET, Severity.ERROR,
            "repeatable migration is run again on every change, and this statement cannot be",
            "use CREATE OR REPLACE / IF NOT EXISTS / DROP ... IF EXISTS, and INSERT ... ON CONFLICT");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        if (!script.isRepeatable()) {
            return;
        }
        for (RobustnessProblem problem : RobustnessCheck.problems(script)) {
            hits.report(DEFINITION, problem.statement(), problem.at(), problem.message());
        }
        for (ParsedStatement statement : script.topLevel()) {
            if (statement.ddl() instanceof Ddl.Insert insert && !insert.onConflict()) {
                hits.report(DEFINITION, statement, statement.sql().first(),
                        "INSERT without ON CONFLICT adds the rows again, or fails, on every run");
            }
        }
    }
}
