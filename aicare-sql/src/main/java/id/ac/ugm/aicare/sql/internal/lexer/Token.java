package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.Locale;

/**
 * One token with its exact place in the file.
 *
 * @param type   what kind of token it is
 * @param text   the token exactly as written, quotes and dollar tags included
 * @param offset index of its first character in the file text
 * @param line   1-based line of its first character
 * @param column 1-based column of its first character, counted in characters
 * @param keyword for a {@link TokenType#WORD}, its text in upper case, made once so that the many
 *                keyword tests of the rules are plain string comparisons; null for other tokens
 */
public record Token(TokenType type, String text, int offset, int line, int column, String keyword) {

    /** A token that is not a word. */
    public Token(TokenType type, String text, int offset, int line, int column) {
        this(type, text, offset, line, column, type == TokenType.WORD ? text.toUpperCase(Locale.ROOT) : null);
    }

    /** Index just past the token's last character. */
    public int end() {
        return offset + text.length();
    }

    /**
     * True for an unquoted word equal to {@code upperCaseKeyword}, ignoring case as PostgreSQL does.
     * The argument must be written in upper case.
     */
    public boolean is(String upperCaseKeyword) {
        return keyword != null && keyword.equals(upperCaseKeyword);
    }

    /** True for an unquoted word equal to one of the upper-case keywords. */
    public boolean isAny(String... upperCaseKeywords) {
        if (keyword == null) {
            return false;
        }
        for (String candidate : upperCaseKeywords) {
            if (keyword.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** True for the punctuation or operator written exactly as {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (type == TokenType.PUNCTUATION || type == TokenType.OPERATOR || type == TokenType.SEMICOLON)
                && text.equals(symbol);
    }

    public boolean isIdentifier() {
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER;
    }

    public boolean isComment() {
        return type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT;
    }

    /**
     * The identifier as PostgreSQL resolves it: unquoted words fold to lower case, quoted ones keep
     * their case and lose their quotes.
     */
    public String identifier() {
        if (type == TokenType.QUOTED_IDENTIFIER) {
            int open = text.indexOf('"');
            return text.substring(open + 1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** The content of a plain {@code '...'} string without quotes, for option values and names. */
    public String stringValue() {
        if (type != TokenType.STRING) {
            return text;
        }
        int open = text.indexOf('\'');
        int close = text.endsWith("'") && text.length() > open + 1 ? text.length() - 1 : text.length();
        return text.substring(open + 1, close).replace("''", "'");
    }

    @Override
    public String toString() {
        return type + "(" + text + ")@" + line + ":" + column;
    }
}
