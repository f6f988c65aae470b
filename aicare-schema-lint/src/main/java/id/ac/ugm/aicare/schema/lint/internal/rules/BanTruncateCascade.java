package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.sql.internal.lexer.Token;

/**
 * {@code TRUNCATE ... CASCADE} also empties every table whose foreign keys point at the truncated
 * one, and theirs in turn: tables the migration never names. (Squawk's rule of the same name.)
 */
public final class BanTruncateCascade implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("ban-truncate-cascade", RuleCategory.DATA_LOSS,
            Severity.ERROR,
            "TRUNCATE ... CASCADE also empties every table that references this one, and theirs in turn",
            "truncate the tables you mean by name, without CASCADE, so that a reference you did not know about stops it");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.OtherStatement other && other.keyword().equals("TRUNCATE")) {
                for (Token token : statement.sql().tokens()) {
                    if (token.is("CASCADE")) {
                        hits.report(DEFINITION, statement, token);
                        break;
                    }
                }
            }
        }
    }
}
