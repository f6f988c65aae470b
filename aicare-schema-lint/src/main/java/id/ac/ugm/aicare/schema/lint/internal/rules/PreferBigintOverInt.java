package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** Ids and counters outgrow 2^31; widening the column later rewrites the table. */
public final class PreferBigintOverInt extends DeclaredTypeRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("prefer-bigint-over-int", RuleCategory.TYPES,
            Severity.WARNING,
            "a 32-bit integer column overflows at 2,147,483,647, and widening it later rewrites the table",
            "use bigint (bigserial or bigint GENERATED ... AS IDENTITY for ids)");

    public PreferBigintOverInt() {
        super(DEFINITION, SqlType::isInt4);
    }
}
