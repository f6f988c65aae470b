package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.sql.internal.lexer.Token;

/**
 * A statement that fails, or does its work again, when the migration runs a second time.
 *
 * @param statement the statement
 * @param at        where to point
 * @param message   what goes wrong on the second run
 */
record RobustnessProblem(ParsedStatement statement, Token at, String message) {
}
