package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;

/**
 * A rule firing, before suppressions and severities are applied.
 *
 * @param rule      the rule
 * @param statement the statement it fired on, or null for a finding about the whole file
 * @param line      where it points
 * @param column    where it points
 * @param message   the message, the rule's own or a more specific one
 */
public record RuleHit(RuleDefinition rule, ParsedStatement statement, int line, int column, String message) {
}
