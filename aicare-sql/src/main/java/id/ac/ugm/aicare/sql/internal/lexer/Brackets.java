package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Checks that a statement's parentheses and square brackets pair up. PostgreSQL rejects a statement
 * whose brackets do not, so an unbalanced one is a syntax error, whatever else the statement says.
 * One pass with an explicit stack: no recursion, whatever the nesting depth.
 */
public final class Brackets {

    private Brackets() {
    }

    /** The first bracket that has no partner in {@code statement}, with what is wrong, if any. */
    public static Optional<LexicalProblem> unbalanced(SqlStatement statement) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : statement.tokens()) {
            if (t.isSymbol("(") || t.isSymbol("[")) {
                open.push(t);
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                String expected = t.isSymbol(")") ? "(" : "[";
                if (open.isEmpty()) {
                    return problem(t, "'" + t.text() + "' closes nothing");
                }
                Token partner = open.pop();
                if (!partner.isSymbol(expected)) {
                    return problem(t, "'" + t.text() + "' closes the '" + partner.text() + "' at line "
                            + partner.line() + ", column " + partner.column());
                }
            }
        }
        // The outermost bracket left open is the one the author forgot, or the one that hides the rest.
        return open.isEmpty() ? Optional.empty() : problem(open.peekLast(), "'" + open.peekLast().text()
                + "' is never closed in this statement");
    }

    private static Optional<LexicalProblem> problem(Token at, String message) {
        return Optional.of(new LexicalProblem(at.line(), at.column(), message));
    }
}
