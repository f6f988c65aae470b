package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import id.ac.ugm.aicare.schema.lint.internal.rules.InputRules;
import id.ac.ugm.aicare.schema.lint.internal.rules.MigrationScript;
import id.ac.ugm.aicare.schema.lint.internal.rules.ParsedStatement;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHit;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHits;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** The same suppressions by target statement (null for those after the last one), for one lookup per hit. */
    private final Map<ParsedStatement, List<Suppression>> byTarget = new IdentityHashMap<>();
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
                Suppression suppression = new Suppression(comment, rule.get(), target);
                suppressions.add(suppression);
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(suppression);
            }
        }
    }

    /** The first statement that starts after the comment; {@code all()} is in file order, so a binary search. */
    private static ParsedStatement statementAfter(MigrationScript script, Token comment) {
        List<ParsedStatement> all = script.all();
        int low = 0;
        int high = all.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (all.get(middle).sql().first().offset() > comment.offset()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < all.size() ? all.get(low) : null;
    }

    private static void invalid(RuleHits hits, Token comment, String message) {
        hits.add(new RuleHit(InputRules.INVALID_SUPPRESSION, null, comment.line(), comment.column(), message));
    }

    /** True, and the suppression marked used, when a comment silences {@code hit}. */
    boolean suppresses(RuleHit hit) {
        if (!hit.rule().suppressible()) {
            return false;
        }
        ParsedStatement statement = hit.statement();
        // In file order: a DO block's comment stands before those inside it, the first statement's before the end.
        return statement == null
                ? suppressedAt(firstStatement, hit) || suppressedAt(null, hit)
                : suppressedAt(statement.enclosingDo(), hit) || suppressedAt(statement, hit);
    }

    private boolean suppressedAt(ParsedStatement target, RuleHit hit) {
        if (target == null && hit.statement() != null) {
            return false;
        }
        for (Suppression suppression : byTarget.getOrDefault(target, List.of())) {
            if (suppression.rule.equals(hit.rule())) {
                suppression.used = true;
                return true;
            }
        }
        return false;
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
