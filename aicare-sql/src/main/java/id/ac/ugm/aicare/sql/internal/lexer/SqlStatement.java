package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.List;

/**
 * One statement: its tokens without comments and without the closing semicolon.
 *
 * @param source the file text the tokens point into
 * @param tokens the statement's tokens, never empty
 */
public record SqlStatement(String source, List<Token> tokens) {

    public SqlStatement {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a statement has at least one token");
        }
    }

    public Token first() {
        return tokens.get(0);
    }

    public Token last() {
        return tokens.get(tokens.size() - 1);
    }

    public int line() {
        return first().line();
    }

    public int column() {
        return first().column();
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** True when the token at {@code index} exists and is the keyword. */
    public boolean is(int index, String keyword) {
        return index >= 0 && index < tokens.size() && tokens.get(index).is(keyword);
    }

    /** True when the statement's tokens from {@code index} on are these keywords. */
    public boolean matches(int index, String... keywords) {
        if (index < 0 || index + keywords.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!tokens.get(index + i).is(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String... keywords) {
        return matches(0, keywords);
    }

    /** Index of the first token at or after {@code from}, outside parentheses, that is the keyword; -1 if none. */
    public int indexOfTopLevel(String keyword, int from) {
        int depth = 0;
        for (int i = Math.max(from, 0); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.is(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** True when any token, at any depth, is the keyword. */
    public boolean contains(String keyword) {
        for (Token t : tokens) {
            if (t.is(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The statement as written, from its first token to its last, comments inside included. */
    public String text() {
        return source.substring(first().offset(), last().end());
    }

    /** The tokens {@code [from, to)} as written in the file. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return source.substring(tokens.get(from).offset(), tokens.get(to - 1).end());
    }
}
