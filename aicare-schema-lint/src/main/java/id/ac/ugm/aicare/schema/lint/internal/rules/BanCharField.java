package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** char(n) pads with spaces that comparisons half ignore; it is never what was meant. */
public final class BanCharField extends DeclaredTypeRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-char-field", RuleCategory.TYPES,
            Severity.WARNING,
            "char(n) pads values with spaces and compares them in surprising ways",
            "use text (with a CHECK constraint on the length if it matters)");

    public BanCharField() {
        super(DEFINITION, SqlType::isChar);
    }
}
