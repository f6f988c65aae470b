package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/** Where rules put what they find. */
public final class RuleHits {

    private final List<RuleHit> hits = new ArrayList<>();

    /** Reports the rule's own message at {@code at}. */
    public void report(RuleDefinition rule, ParsedStatement statement, Token at) {
        report(rule, statement, at, rule.message());
    }

    public void report(RuleDefinition rule, ParsedStatement statement, Token at, String message) {
        hits.add(new RuleHit(rule, statement, at.line(), at.column(), message));
    }

    /** Reports a finding about the whole file, at its first line. */
    public void reportFile(RuleDefinition rule, String message) {
        hits.add(new RuleHit(rule, null, 1, 1, message));
    }

    public void add(RuleHit hit) {
        hits.add(hit);
    }

    public List<RuleHit> hits() {
        return hits;
    }
}
