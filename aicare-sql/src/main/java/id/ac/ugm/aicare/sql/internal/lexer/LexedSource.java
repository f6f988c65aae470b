package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.List;

/**
 * The result of lexing one piece of SQL.
 *
 * @param source       the whole text the offsets refer to
 * @param tokens       the tokens that carry meaning, in order; comments and meta-commands are not here
 * @param comments     line and block comments, in order, for suppressions
 * @param metaCommands psql backslash commands, which Flyway would send to the server as SQL
 * @param problems     unterminated literals and comments
 */
public record LexedSource(
        String source,
        List<Token> tokens,
        List<Token> comments,
        List<Token> metaCommands,
        List<LexicalProblem> problems) {
}
