package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/**
 * A 16-bit column runs out at 32,767, sooner than anyone expects of a counter or a code table, and
 * widening it later rewrites the table. (Squawk's rule of the same name.)
 */
public final class PreferBigintOverSmallint extends DeclaredTypeRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("prefer-bigint-over-smallint", RuleCategory.TYPES,
            Severity.WARNING,
            "a 16-bit integer column overflows at 32,767, and widening it later rewrites the table",
            "use bigint (or integer with a CHECK if the range is part of the data's meaning)");

    public PreferBigintOverSmallint() {
        super(DEFINITION, SqlType::isInt2);
    }
}
