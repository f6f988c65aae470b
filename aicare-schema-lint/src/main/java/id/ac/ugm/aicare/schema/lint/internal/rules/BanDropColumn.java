package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** Dropping a column loses its data and breaks every running application version that still reads it. */
public final class BanDropColumn implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-drop-column", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "dropping a column loses its data and breaks code that still reads it",
            "stop reading and writing the column in a release first; suppress with a reason once no deployed code uses it");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.AlterTable alter) {
                for (AlterTableAction action : alter.actions()) {
                    if (action instanceof AlterTableAction.DropColumn) {
                        hits.report(DEFINITION, statement, action.at());
                    }
                }
            }
        }
    }
}
