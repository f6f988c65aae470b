package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** The running application still uses the old name until it is redeployed. */
public final class RenamingColumn implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("renaming-column", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "renaming a column breaks code that still uses the old name",
            "add the new column, write both, backfill, move readers, then drop the old column");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.AlterTable alter) {
                for (AlterTableAction action : alter.actions()) {
                    if (action instanceof AlterTableAction.RenameColumn) {
                        hits.report(DEFINITION, statement, action.at());
                    }
                }
            }
        }
    }
}
