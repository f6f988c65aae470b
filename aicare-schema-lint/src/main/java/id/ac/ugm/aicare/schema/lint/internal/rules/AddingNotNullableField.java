package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;

/** SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless a valid CHECK already proves it. */
public final class AddingNotNullableField implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("adding-not-nullable-field",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "SET NOT NULL scans the table while blocking reads and writes",
            "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan)");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.SetNotNull) {
                hits.report(DEFINITION, statement, action.at());
            }
        });
    }
}
