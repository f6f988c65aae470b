package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind;

/**
 * A new foreign key locks both tables against writes (SHARE ROW EXCLUSIVE) and, unless NOT VALID,
 * checks every existing row while holding those locks.
 */
public final class AddingForeignKeyConstraint implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("adding-foreign-key-constraint",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "adding a foreign key blocks writes on both tables while every row is checked",
            "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AddConstraint add && add.kind() == ConstraintKind.FOREIGN_KEY
                    && !add.notValid()) {
                hits.report(DEFINITION, statement, add.at());
            } else if (action instanceof AlterTableAction.AddColumn add && add.column().references()) {
                hits.report(DEFINITION, statement, add.at(),
                        "ADD COLUMN ... REFERENCES adds a foreign key that blocks writes on both tables");
            }
        });
    }
}
