package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** A migration has no business dropping a database. */
public final class BanDropDatabase implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-drop-database", RuleCategory.DATA_LOSS,
            Severity.ERROR,
            "dropping a database from a migration destroys everything in it",
            "drop databases by hand, never from a migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.DropObjects drop && drop.objectType().equals("DATABASE")) {
                hits.report(DEFINITION, statement, statement.sql().first());
            }
        }
    }
}
