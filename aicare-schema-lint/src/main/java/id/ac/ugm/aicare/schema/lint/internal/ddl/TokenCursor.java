package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.List;

/** A read position over {@code tokens[from, to)} with the few moves a DDL reader needs. */
final class TokenCursor {

    private final List<Token> tokens;
    private final int end;
    private int pos;

    TokenCursor(List<Token> tokens, int from, int to) {
        this.tokens = tokens;
        this.pos = from;
        this.end = to;
    }

    TokenCursor(List<Token> tokens) {
        this(tokens, 0, tokens.size());
    }

    boolean atEnd() {
        return pos >= end;
    }

    int position() {
        return pos;
    }

    int end() {
        return end;
    }

    /** The current token, or null at the end. */
    Token peek() {
        return pos < end ? tokens.get(pos) : null;
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < end ? tokens.get(i) : null;
    }

    Token next() {
        return pos < end ? tokens.get(pos++) : null;
    }

    boolean peekIs(String keyword) {
        Token t = peek();
        return t != null && t.is(keyword);
    }

    boolean peekIsAny(String... keywords) {
        Token t = peek();
        return t != null && t.isAny(keywords);
    }

    /** Consumes the keywords if they come next, all of them; otherwise consumes nothing. */
    boolean accept(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            Token t = peek(i);
            if (t == null || !t.is(keywords[i])) {
                return false;
            }
        }
        pos += keywords.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        Token t = peek();
        if (t != null && t.isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads {@code a}, {@code a.b} or {@code a.b.c} (the last two parts kept); null when no identifier is next. */
    QualifiedName qualifiedName() {
        Token first = peek();
        if (first == null || !first.isIdentifier()) {
            return null;
        }
        pos++;
        String schema = null;
        String name = first.identifier();
        while (peek() != null && peek().isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            schema = name;
            name = peek(1).identifier();
            pos += 2;
        }
        return new QualifiedName(schema, name);
    }

    /** Reads one identifier, or returns null without moving. */
    String identifier() {
        Token t = peek();
        if (t == null || !t.isIdentifier()) {
            return null;
        }
        pos++;
        return t.identifier();
    }

    /** Skips a balanced {@code (...)} group if one starts here. */
    void skipParentheses() {
        if (peek() == null || !peek().isSymbol("(")) {
            return;
        }
        int depth = 0;
        while (pos < end) {
            Token t = tokens.get(pos++);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return;
            }
        }
    }

    /** True when the keyword occurs at parenthesis depth 0 between here and the end. */
    boolean containsTopLevel(String... keywords) {
        return indexOfTopLevel(keywords) >= 0;
    }

    /** Index of the first place, at depth 0 from here, where the keywords follow each other; -1 if none. */
    int indexOfTopLevel(String... keywords) {
        int depth = 0;
        for (int i = pos; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && matchesAt(i, keywords)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(int index, String... keywords) {
        if (index + keywords.length > end) {
            return false;
        }
        for (int k = 0; k < keywords.length; k++) {
            if (!tokens.get(index + k).is(keywords[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean isString(Token t) {
        return t != null && (t.type() == TokenType.STRING || t.type() == TokenType.DOLLAR_STRING);
    }
}
