package id.ac.ugm.aicare.schema.engine.migration;

import id.ac.ugm.aicare.schema.engine.lint.lexer.LexedSource;
import id.ac.ugm.aicare.schema.engine.lint.lexer.SqlLexer;
import id.ac.ugm.aicare.schema.engine.lint.lexer.Token;
import id.ac.ugm.aicare.schema.engine.lint.lexer.TokenType;

/**
 * Checks the SQL a migration writes itself (a type, a default, a CHECK or WHERE expression, a USING
 * conversion) before it is placed in a statement: one expression, nothing that could end the
 * statement or open another. It must not hold a NUL, a semicolon, a comment, a psql command or an
 * unterminated literal, and its parentheses must balance. Names never go through here: they go
 * through {@link id.ac.ugm.aicare.schema.engine.sql.SqlIdentifiers}; values are bound as parameters.
 */
final class SqlFragments {

    private SqlFragments() {
    }

    static String check(String fragment, String what) {
        if (fragment == null || fragment.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (fragment.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        LexedSource lexed = SqlLexer.lex(fragment);
        if (!lexed.problems().isEmpty()) {
            throw new IllegalArgumentException(what + " is not well-formed SQL (" + lexed.problems().get(0).message()
                    + "): " + fragment);
        }
        if (!lexed.comments().isEmpty() || !lexed.metaCommands().isEmpty()) {
            throw new IllegalArgumentException(what + " must not contain comments or psql commands: " + fragment);
        }
        int depth = 0;
        for (Token token : lexed.tokens()) {
            if (token.type() == TokenType.SEMICOLON) {
                throw new IllegalArgumentException(what + " must be one expression, without ';': " + fragment);
            }
            if (token.type() == TokenType.DOLLAR_STRING) {
                throw new IllegalArgumentException(what + " must not contain dollar-quoted text: " + fragment);
            }
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && --depth < 0) {
                throw new IllegalArgumentException(what + " closes a parenthesis it did not open: " + fragment);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException(what + " leaves a parenthesis open: " + fragment);
        }
        return fragment.trim();
    }
}
