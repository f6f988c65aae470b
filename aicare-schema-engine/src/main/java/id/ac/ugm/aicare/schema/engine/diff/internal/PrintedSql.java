package id.ac.ugm.aicare.schema.engine.diff.internal;

import id.ac.ugm.aicare.sql.SqlIdentifiers;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;

/**
 * An expression as PostgreSQL prints it ({@code pg_get_expr}, {@code pg_get_constraintdef}), made
 * safe to write into a migration: the server prints a string holding a backslash as a plain
 * {@code '...'} literal, which means something else where {@code standard_conforming_strings} is
 * off, and which the helpers therefore refuse. Such a literal is written {@code E'...'} instead.
 */
final class PrintedSql {

    private PrintedSql() {
    }

    static String safe(String expression) {
        if (expression == null || expression.indexOf('\\') < 0) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int copied = 0;
        for (Token token : SqlLexer.lex(expression).tokens()) {
            if (token.type() == TokenType.STRING && token.text().startsWith("'") && token.text().indexOf('\\') >= 0) {
                out.append(expression, copied, token.offset()).append(SqlIdentifiers.literal(token.stringValue()));
                copied = token.end();
            }
        }
        return out.append(expression, copied, expression.length()).toString();
    }
}
