package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;

/**
 * Most type changes rewrite the table and every index on it under an ACCESS EXCLUSIVE lock. A change
 * to {@code text} (or {@code varchar} without a length) with no USING is left alone: from
 * {@code varchar} it changes only the catalog, and it is what {@code prefer-text-field} advises.
 */
public final class ChangingColumnType implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("changing-column-type",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "changing a column's type can rewrite the table and its indexes while blocking reads and writes",
            "add a new column of the new type, backfill it, switch readers over, then drop the old one");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AlterColumnType change && !change.isToUnboundedText()) {
                hits.report(DEFINITION, statement, action.at());
            }
        });
    }
}
