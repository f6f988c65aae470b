package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** Dropping a table loses its rows and breaks every running application version that still uses it. */
public final class BanDropTable implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-drop-table", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "dropping a table loses its data and breaks code that still uses it",
            "stop using the table in a release first; suppress with a reason once no deployed code uses it");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.DropObjects drop && drop.objectType().equals("TABLE")
                    && !drop.names().stream().allMatch(name -> script.createsTableBefore(name, statement))) {
                hits.report(DEFINITION, statement, statement.sql().first());
            }
        }
    }
}
