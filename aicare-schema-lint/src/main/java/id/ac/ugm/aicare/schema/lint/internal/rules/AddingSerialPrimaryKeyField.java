package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind;

/** A new primary key builds its index under an ACCESS EXCLUSIVE lock, blocking even reads. */
public final class AddingSerialPrimaryKeyField implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("adding-serial-primary-key-field",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "adding a primary key builds its index while blocking reads and writes",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX in a later migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AddConstraint add && add.kind() == ConstraintKind.PRIMARY_KEY
                    && !add.usingIndex()) {
                hits.report(DEFINITION, statement, add.at());
            } else if (action instanceof AlterTableAction.AddColumn add && add.column().primaryKey()) {
                hits.report(DEFINITION, statement, add.at());
            }
        });
    }
}
