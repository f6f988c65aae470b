package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** The running application still uses the old name until it is redeployed. */
public final class RenamingTable implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("renaming-table", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "renaming a table breaks code that still uses the old name",
            "create the new table (or a view under the old name), move readers and writers, then drop the old one");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.AlterTable alter) {
                for (AlterTableAction action : alter.actions()) {
                    if (action instanceof AlterTableAction.RenameTable) {
                        hits.report(DEFINITION, statement, action.at());
                    }
                }
            }
        }
    }
}
