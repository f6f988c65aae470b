package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind;

/** A UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking even reads. */
public final class DisallowedUniqueConstraint implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("disallowed-unique-constraint",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "adding a UNIQUE constraint builds its index while blocking reads and writes",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX in a later migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AddConstraint add && add.kind() == ConstraintKind.UNIQUE
                    && !add.usingIndex()) {
                hits.report(DEFINITION, statement, add.at());
            } else if (action instanceof AlterTableAction.AddColumn add && add.column().unique()) {
                hits.report(DEFINITION, statement, add.at());
            }
        });
    }
}
