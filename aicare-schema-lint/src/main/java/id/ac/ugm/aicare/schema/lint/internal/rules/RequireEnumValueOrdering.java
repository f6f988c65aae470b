package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/**
 * An enum sorts by the order of its values, not their names: {@code ORDER BY}, {@code <} and
 * {@code max()} on the column follow it. {@code ADD VALUE} without {@code BEFORE} or {@code AFTER}
 * appends the value at the end, whatever it means. (Squawk's rule of the same name.)
 */
public final class RequireEnumValueOrdering implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-enum-value-ordering", RuleCategory.TYPES,
            Severity.WARNING,
            "ADD VALUE without BEFORE or AFTER puts the value last, and the enum sorts in that order",
            "say where the value belongs: ADD VALUE 'new' BEFORE 'existing' (or AFTER)");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.AlterType alter && alter.addValue() != null
                    && statement.sql().indexOfTopLevel("BEFORE", 0) < 0 && statement.sql().indexOfTopLevel("AFTER", 0) < 0) {
                hits.report(DEFINITION, statement, alter.addValue());
            }
        }
    }
}
