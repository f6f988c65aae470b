package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** varchar(n) is no faster than text, and raising n later takes an ACCESS EXCLUSIVE lock. */
public final class PreferTextField extends DeclaredTypeRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("prefer-text-field", RuleCategory.TYPES,
            Severity.WARNING,
            "varchar(n) gains nothing over text, and changing n later locks the table",
            "use text, with a CHECK (char_length(col) <= n) constraint if the limit matters");

    public PreferTextField() {
        super(DEFINITION, SqlType::isVarcharWithLength);
    }
}
