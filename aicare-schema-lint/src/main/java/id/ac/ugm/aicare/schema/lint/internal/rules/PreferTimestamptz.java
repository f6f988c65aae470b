package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** A timestamp without time zone means whatever zone the writer was in, which nobody records. */
public final class PreferTimestamptz extends DeclaredTypeRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("prefer-timestamptz", RuleCategory.TYPES,
            Severity.WARNING,
            "timestamp without time zone stores wall-clock time whose zone is lost",
            "use timestamptz (timestamp with time zone)");

    public PreferTimestamptz() {
        super(DEFINITION, SqlType::isTimestampWithoutTimeZone);
    }
}
