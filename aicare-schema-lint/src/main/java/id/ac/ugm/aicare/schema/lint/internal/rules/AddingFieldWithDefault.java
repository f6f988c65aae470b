package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ColumnDefinition;
import id.ac.ugm.aicare.schema.lint.internal.ddl.VolatileDefaults;
import java.util.Optional;

/**
 * Since PostgreSQL 11 a constant default is stored once and costs nothing (before 11, with
 * {@code --pg-version 10} or lower, every default rewrites the table), but a value that must be
 * computed per row (a volatile default, a serial, an identity, a stored generated column) rewrites
 * the whole table under an ACCESS EXCLUSIVE lock.
 */
public final class AddingFieldWithDefault implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("adding-field-with-default",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "adding a column whose value is computed per row rewrites the table while blocking reads and writes",
            "add the column without the default, set the default, then backfill existing rows in batches");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        ExistingTables.forEachAlterAction(script, (statement, action) -> {
            if (action instanceof AlterTableAction.AddColumn add) {
                reason(script, add.column()).ifPresent(reason -> hits.report(DEFINITION, statement, add.at(), reason));
            }
        });
    }

    private static Optional<String> reason(MigrationScript script, ColumnDefinition column) {
        if (column.generation() == ColumnDefinition.Generation.STORED) {
            return Optional.of("a stored generated column rewrites the table while blocking reads and writes");
        }
        if (column.generation() == ColumnDefinition.Generation.IDENTITY) {
            return Optional.of("an identity column numbers every existing row, rewriting the table while blocking reads and writes");
        }
        if (column.type() != null && column.type().isSerial()) {
            return Optional.of("a serial column calls nextval() for every existing row, rewriting the table while blocking reads and writes");
        }
        if (column.defaultValue() == null) {
            return Optional.empty();
        }
        if (script.runsOnOlderThan(11) && !column.defaultValue().text().trim().equalsIgnoreCase("null")) {
            return Optional.of("before PostgreSQL 11 any DEFAULT is written into every existing row, rewriting the table "
                    + "while blocking reads and writes");
        }
        return VolatileDefaults.volatileFunction(column.defaultValue()).map(function ->
                "DEFAULT calls " + function + "(), which is volatile, so the table is rewritten while blocking reads and writes");
    }
}
