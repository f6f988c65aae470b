package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import java.util.function.Predicate;

/** A type rule: reports, at the type, every column type a migration declares that is of one kind. */
abstract class DeclaredTypeRule implements Rule {

    private final RuleDefinition definition;
    private final Predicate<SqlType> reported;

    DeclaredTypeRule(RuleDefinition definition, Predicate<SqlType> reported) {
        this.definition = definition;
        this.reported = reported;
    }

    @Override
    public final RuleDefinition definition() {
        return definition;
    }

    @Override
    public final void check(MigrationScript script, RuleHits hits) {
        DeclaredTypes.forEach(script, (statement, type) -> {
            if (reported.test(type)) {
                hits.report(definition, statement, type.start());
            }
        });
    }
}
