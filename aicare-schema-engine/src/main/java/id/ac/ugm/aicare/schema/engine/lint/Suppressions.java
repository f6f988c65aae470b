package id.ac.ugm.aicare.schema.engine.lint;

import id.ac.ugm.aicare.schema.engine.lint.lexer.Token;
import id.ac.ugm.aicare.schema.engine.lint.lexer.TokenType;
import id.ac.ugm.aicare.schema.engine.lint.rules.InputRules;
import id.ac.ugm.aicare.schema.engine.lint.rules.MigrationScript;
import id.ac.ugm.aicare.schema.engine.lint.rules.ParsedStatement;
import id.ac.ugm.aicare.schema.engine.lint.rules.RuleHit;
import id.ac.ugm.aicare.schema.engine.lint.rules.RuleHits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code -- aicare-lint: ignore RULE[,RULE] reason} comments of one file. Each applies to the
 * statement that follows it (and, before a DO block, to the statements inside the block); one
 * before the first statement also covers findings about the whole file. A reason is required: a
 * suppression is a decision someone made, and the next reader needs to know why.
 */
final class Suppressions {

    private static final String MARKER = "aicare-lint:";

    /** One rule silenced by one comment. */
    private static final class Suppression {
        final Token comment;
        final RuleDefinition rule;
        final ParsedStatement target;
        boolean used;

        Suppression(Token comment, RuleDefinition rule, ParsedStatement target) {
            this.comment = comment;
            this.rule = rule;
            this.target = target;
        }
    }

    private final List<Suppression> suppressions = new ArrayList<>();
    private final ParsedStatement firstStatement;

    private Suppressions(ParsedStatement firstStatement) {
        this.firstStatement = firstStatement;
    }

    /** Reads the suppressions of {@code script}; malformed ones become {@code invalid-suppression} hits. */
    static Suppressions read(MigrationScript script, RuleHits hits) {
        Suppressions result = new Suppressions(script.isEmpty() ? null : script.topLevel().get(0));
        for (Token comment : script.comments()) {
            if (comment.type() != TokenType.LINE_COMMENT) {
                continue;
            }
            String text = comment.text().substring(2).trim();
            if (text.startsWith(MARKER)) {
                result.parse(comment, text.substring(MARKER.length()).trim(), script, hits);
            }
        }
        return result;
    }

    private void parse(Token comment, String directive, MigrationScript script, RuleHits hits) {
        String[] parts = directive.split("\\s+", 3);
        if (!parts[0].equals("ignore")) {
            invalid(hits, comment, "unknown directive '" + parts[0] + "'; the only one is 'ignore'");
            return;
        }
        if (parts.length < 2 || parts[1].isEmpty()) {
            invalid(hits, comment, "suppression names no rule");
            return;
        }
        if (parts.length < 3 || parts[2].isBlank()) {
            invalid(hits, comment, "suppression of " + parts[1] + " gives no reason");
            return;
        }
        ParsedStatement target = statementAfter(script, comment);
        for (String name : parts[1].split(",")) {
            Optional<RuleDefinition> rule = RuleCatalog.find(name.trim());
            if (rule.isEmpty()) {
                invalid(hits, comment, "unknown rule '" + name.trim() + "' in suppression");
            } else if (!rule.get().suppressible()) {
                invalid(hits, comment, "rule " + rule.get().name() + " cannot be suppressed by a comment");
            } else {
                suppressions.add(new Suppression(comment, rule.get(), target));
            }
        }
    }

    private static ParsedStatement statementAfter(MigrationScript script, Token comment) {
        for (ParsedStatement statement : script.all()) {
            if (statement.sql().first().offset() > comment.offset()) {
                return statement;
            }
        }
        return null;
    }

    private static void invalid(RuleHits hits, Token comment, String message) {
        hits.add(new RuleHit(InputRules.INVALID_SUPPRESSION, null, comment.line(), comment.column(), message));
    }

    /** True, and the suppression marked used, when a comment silences {@code hit}. */
    boolean suppresses(RuleHit hit) {
        if (!hit.rule().suppressible()) {
            return false;
        }
        for (Suppression suppression : suppressions) {
            if (suppression.rule.equals(hit.rule()) && covers(suppression, hit)) {
                suppression.used = true;
                return true;
            }
        }
        return false;
    }

    private boolean covers(Suppression suppression, RuleHit hit) {
        ParsedStatement statement = hit.statement();
        if (statement == null) {
            return suppression.target == null || suppression.target == firstStatement;
        }
        return suppression.target == statement || suppression.target == statement.enclosingDo();
    }

    /** Reports the suppressions that silenced nothing, for rules that are on. */
    void reportUnused(RuleHits hits, LintConfig config) {
        for (Suppression suppression : suppressions) {
            if (!suppression.used && config.isEnabled(suppression.rule)) {
                hits.add(new RuleHit(InputRules.UNUSED_SUPPRESSION, null, suppression.comment.line(),
                        suppression.comment.column(), "suppression of " + suppression.rule.name()
                        + " silences nothing on the statement after it"));
            }
        }
    }
}
