package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ColumnDefinition;

/**
 * A NOT NULL column without a default cannot be added to a table that has rows: the migration fails
 * in production. Not reported when the file empties the table first ({@code DELETE FROM t} without
 * WHERE, {@code TRUNCATE t}).
 */
public final class AddingRequiredField implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("adding-required-field",
            RuleCategory.ONLINE_SAFETY, Severity.ERROR,
            "adding a NOT NULL column without a DEFAULT fails on any table that has rows",
            "give the column a non-volatile DEFAULT, or add it nullable, backfill, then enforce NOT NULL");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AddColumn add && isRequired(add.column())
                    && !script.emptiesTableBefore(((id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl.AlterTable) statement.ddl()).table(), statement)) {
                hits.report(DEFINITION, statement, add.at());
            }
        });
    }

    private static boolean isRequired(ColumnDefinition column) {
        boolean valuesProvided = column.defaultValue() != null
                || column.generation() != ColumnDefinition.Generation.NONE
                || (column.type() != null && column.type().isSerial());
        return column.notNull() && !valuesProvided;
    }
}
