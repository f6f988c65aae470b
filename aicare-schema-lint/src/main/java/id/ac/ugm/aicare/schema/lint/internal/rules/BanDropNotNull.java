package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/**
 * Code that reads a column trusts it never to be null while the schema promises so; the deployed
 * release still reads it that way after the migration lets nulls in. (Squawk's rule of the same name.)
 */
public final class BanDropNotNull implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-drop-not-null", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "dropping NOT NULL lets nulls into a column that deployed code may read as never null",
            "release code that copes with null first; suppress with a reason once it is deployed");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.DropNotNull drop) {
                hits.report(DEFINITION, statement, drop.at(), "DROP NOT NULL on " + drop.column()
                        + " lets nulls into a column that deployed code may read as never null");
            }
        });
    }
}
