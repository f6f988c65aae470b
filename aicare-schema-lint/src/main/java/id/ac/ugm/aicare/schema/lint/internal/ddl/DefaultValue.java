package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.List;

/**
 * The expression after {@code DEFAULT} in a column definition.
 *
 * @param tokens the expression's tokens, at least one
 * @param text   the expression as written
 */
public record DefaultValue(List<Token> tokens, String text) {

    public Token start() {
        return tokens.get(0);
    }
}
