package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexer for PostgreSQL SQL and the PL/pgSQL inside DO blocks: strings in all their forms,
 * dollar quoting with tags, nested block comments, quoted identifiers and psql meta-commands,
 * each token with the line and column where it starts.
 *
 * <p>It never fails: text it cannot close (a string without its quote, say) becomes a
 * {@link LexicalProblem} and one token running to the end, so the caller can still report on the
 * statements before it.
 */
public final class SqlLexer {

    private final String source;
    private final int end;
    private int pos;
    private int line;
    private int lineStart;

    private final List<Token> tokens;
    private final List<Token> comments = new ArrayList<>();
    private final List<Token> metaCommands = new ArrayList<>();
    private final List<LexicalProblem> problems = new ArrayList<>();
    private final Spellings spellings = new Spellings();

    private SqlLexer(String source, int from, int to, int line, int column) {
        this.source = source;
        this.pos = from;
        this.end = to;
        this.line = line;
        // About one token per five characters in typical migrations; saves regrowing the list.
        this.tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        // Lets a lexer that starts mid-line (a DO body) report the columns of the whole file.
        this.lineStart = from - (column - 1);
    }

    /** Lexes a whole file. */
    public static LexedSource lex(String source) {
        return lex(source, 0, source.length(), 1, 1);
    }

    /**
     * Lexes {@code source[from, to)}, which starts at {@code line}:{@code column} of the file, so
     * that tokens inside a dollar-quoted body keep their positions in the file.
     */
    public static LexedSource lex(String source, int from, int to, int line, int column) {
        SqlLexer lexer = new SqlLexer(source, from, to, line, column);
        lexer.run();
        return new LexedSource(source, List.copyOf(lexer.tokens), List.copyOf(lexer.comments),
                List.copyOf(lexer.metaCommands), List.copyOf(lexer.problems));
    }

    private void run() {
        while (pos < end) {
            char c = source.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                string(pos, pos, false);
            } else if (c == '"') {
                quotedIdentifier(pos, pos);
            } else if (isStringPrefix(c) && peek(1) == '\'') {
                string(pos, pos + 1, c == 'E' || c == 'e');
            } else if ((c == 'U' || c == 'u') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
                if (peek(2) == '\'') {
                    string(pos, pos + 2, false);
                } else {
                    quotedIdentifier(pos, pos + 2);
                }
            } else if (c == '$') {
                dollar();
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)) && !afterDot())) {
                number();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (c == '\\') {
                metaCommand();
            } else if (c == ';') {
                emit(tokens, TokenType.SEMICOLON, pos, pos + 1);
            } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.') {
                emit(tokens, TokenType.PUNCTUATION, pos, pos + 1);
            } else if (c == ':') {
                int len = peek(1) == ':' || peek(1) == '=' ? 2 : 1;
                emit(tokens, len == 2 ? TokenType.OPERATOR : TokenType.PUNCTUATION, pos, pos + len);
            } else if (isOperatorChar(c)) {
                operator();
            } else {
                emit(tokens, TokenType.OPERATOR, pos, pos + 1);
            }
        }
    }

    private void newline() {
        if (source.charAt(pos) == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void lineComment() {
        int stop = pos;
        while (stop < end && source.charAt(stop) != '\n' && source.charAt(stop) != '\r') {
            stop++;
        }
        emit(comments, TokenType.LINE_COMMENT, pos, stop);
    }

    /** PostgreSQL block comments nest, unlike C's. */
    private void blockComment() {
        int start = pos;
        int depth = 0;
        int i = pos;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < end && source.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (c == '*' && i + 1 < end && source.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    emitMultiline(comments, TokenType.BLOCK_COMMENT, start, i);
                    return;
                }
            } else {
                i++;
            }
        }
        problem(start, "unterminated block comment");
        emitMultiline(comments, TokenType.BLOCK_COMMENT, start, end);
    }

    /**
     * A string whose opening quote is at {@code quote}; {@code backslashEscapes} for E'' strings,
     * where {@code \'} does not close the string.
     */
    private void string(int start, int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < end) {
            char c = source.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < end && source.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    emitMultiline(tokens, TokenType.STRING, start, i + 1);
                    return;
                }
            } else {
                i++;
            }
        }
        problem(start, "unterminated string literal");
        emitMultiline(tokens, TokenType.STRING, start, end);
    }

    private void quotedIdentifier(int start, int quote) {
        int i = quote + 1;
        while (i < end) {
            if (source.charAt(i) == '"') {
                if (i + 1 < end && source.charAt(i + 1) == '"') {
                    i += 2;
                } else {
                    emitMultiline(tokens, TokenType.QUOTED_IDENTIFIER, start, i + 1);
                    return;
                }
            } else {
                i++;
            }
        }
        problem(start, "unterminated quoted identifier");
        emitMultiline(tokens, TokenType.QUOTED_IDENTIFIER, start, end);
    }

    /** {@code $1}, {@code $$...$$}, {@code $tag$...$tag$}, or a lone dollar sign. */
    private void dollar() {
        int start = pos;
        if (isDigit(peek(1))) {
            int i = pos + 1;
            while (i < end && isDigit(source.charAt(i))) {
                i++;
            }
            emit(tokens, TokenType.PARAMETER, start, i);
            return;
        }
        int i = pos + 1;
        if (i < end && isIdentifierStart(source.charAt(i))) {
            while (i < end && isTagPart(source.charAt(i))) {
                i++;
            }
        }
        if (i >= end || source.charAt(i) != '$') {
            emit(tokens, TokenType.OPERATOR, start, start + 1);
            return;
        }
        String tag = source.substring(start, i + 1);
        int close = source.indexOf(tag, i + 1);
        if (close < 0 || close + tag.length() > end) {
            problem(start, "unterminated dollar-quoted string " + tag);
            emitMultiline(tokens, TokenType.DOLLAR_STRING, start, end);
            return;
        }
        emitMultiline(tokens, TokenType.DOLLAR_STRING, start, close + tag.length());
    }

    private void number() {
        int i = pos;
        if (source.charAt(i) == '0' && i + 1 < end && "xXoObB".indexOf(source.charAt(i + 1)) >= 0
                && i + 2 < end && isHexDigit(source.charAt(i + 2))) {
            i += 2;
            while (i < end && (isHexDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                i++;
            }
            emit(tokens, TokenType.NUMBER, pos, i);
            return;
        }
        while (i < end && (isDigit(source.charAt(i)) || source.charAt(i) == '_')) {
            i++;
        }
        // "1..10" in a PL/pgSQL FOR loop is two numbers around a range operator, not "1." and ".10".
        if (i < end && source.charAt(i) == '.' && !(i + 1 < end && source.charAt(i + 1) == '.')) {
            i++;
            while (i < end && isDigit(source.charAt(i))) {
                i++;
            }
        }
        if (i < end && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < end && (source.charAt(j) == '+' || source.charAt(j) == '-')) {
                j++;
            }
            if (j < end && isDigit(source.charAt(j))) {
                i = j;
                while (i < end && isDigit(source.charAt(i))) {
                    i++;
                }
            }
        }
        emit(tokens, TokenType.NUMBER, pos, i);
    }

    private void word() {
        int i = pos + 1;
        while (i < end && isIdentifierPart(source.charAt(i))) {
            i++;
        }
        emit(tokens, TokenType.WORD, pos, i);
    }

    /** psql reads a backslash command to the end of the line; Flyway would send it as SQL. */
    private void metaCommand() {
        int stop = pos;
        while (stop < end && source.charAt(stop) != '\n' && source.charAt(stop) != '\r') {
            stop++;
        }
        emit(metaCommands, TokenType.META_COMMAND, pos, stop);
    }

    /** A run of operator characters, cut before a comment start as PostgreSQL's lexer does. */
    private void operator() {
        int i = pos + 1;
        while (i < end && isOperatorChar(source.charAt(i))) {
            char c = source.charAt(i);
            char next = i + 1 < end ? source.charAt(i + 1) : 0;
            if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
                break;
            }
            i++;
        }
        emit(tokens, TokenType.OPERATOR, pos, i);
    }

    private void emit(List<Token> target, TokenType type, int from, int to) {
        int column = from - lineStart + 1;
        if (to - from <= Spellings.MAX_LENGTH && target == tokens) {
            // Words, symbols and numbers repeat: one shared string per spelling (see Spellings).
            int slot = spellings.slot(source, from, to, type == TokenType.WORD);
            target.add(new Token(type, spellings.text(slot), from, line, column, spellings.keyword(slot)));
        } else {
            target.add(new Token(type, source.substring(from, to), from, line, column));
        }
        pos = to;
    }

    /** Emits a token that may span lines, then moves the line count past it. */
    private void emitMultiline(List<Token> target, TokenType type, int from, int to) {
        target.add(new Token(type, source.substring(from, to), from, line, from - lineStart + 1));
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || source.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        pos = to;
    }

    private void problem(int at, String message) {
        problems.add(new LexicalProblem(line, at - lineStart + 1, message));
    }

    /** True when the previous character is a dot: the second dot of a ".." range starts no decimal. */
    private boolean afterDot() {
        return pos > 0 && source.charAt(pos - 1) == '.';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < end ? source.charAt(i) : 0;
    }

    private static boolean isStringPrefix(char c) {
        return c == 'E' || c == 'e' || c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isOperatorChar(char c) {
        return "+-*/<>=~!@#%^&|`?".indexOf(c) >= 0;
    }
}
