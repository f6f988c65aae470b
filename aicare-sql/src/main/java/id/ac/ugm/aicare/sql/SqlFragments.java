package id.ac.ugm.aicare.sql;

import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.List;
import java.util.Set;

/**
 * Checks the SQL a migration or a model writes itself (a type, a default, a CHECK or WHERE
 * expression, a USING conversion, a SET value) before it is placed in a statement: exactly one
 * expression or one type name, nothing that could end the statement, add an action to it or open
 * another. Read with the project's lexer, a fragment must not hold a NUL, a semicolon, a comment, a
 * psql command, dollar-quoted text, an unterminated literal or unbalanced brackets; and outside
 * parentheses and brackets it must not hold a comma (ALTER TABLE would read what follows as another
 * action) or a word that starts another clause, action or statement ({@code DROP}, {@code SET},
 * {@code USING}, {@code SELECT}, {@code CHECK}...; as a column name such a word must be quoted).
 * Inside parentheses anything balanced goes, so {@code coalesce(a, b)}, {@code ARRAY[1, 2]},
 * {@code CASE ... END} and {@code x::numeric(10,2)} are fine.
 *
 * <p>A backslash inside a plain {@code '...'} string is refused too: with
 * {@code standard_conforming_strings = off} (a per-role or per-database setting) the server reads it
 * as an escape, so the string would end elsewhere than this check saw. Write {@code E'...'}, which
 * means the same under either setting. Names never go through here but through
 * {@link SqlIdentifiers}; values are bound as parameters or written by {@link SqlIdentifiers#literal}.
 */
public final class SqlFragments {

    /** Words that start another ALTER TABLE action, statement or clause, in expressions and types alike. */
    private static final Set<String> STARTS_SOMETHING_ELSE = Set.of("ADD", "ALTER", "DROP", "RENAME", "SET", "RESET",
            "VALIDATE", "OWNER", "INHERIT", "NO", "CLUSTER", "ENABLE", "DISABLE", "ATTACH", "DETACH", "REPLICA", "OF",
            "INSERT", "UPDATE", "DELETE", "TRUNCATE", "COPY", "EXECUTE", "CALL", "VALUES", "GENERATED", "STORAGE",
            "COMPRESSION", "CASCADE", "RESTRICT", "ANALYSE", "ANALYZE", "AS", "CHECK", "CONSTRAINT", "CREATE",
            "DEFAULT", "DEFERRABLE", "DO", "EXCEPT", "FETCH", "FOR", "FOREIGN", "GRANT", "GROUP", "HAVING",
            "INITIALLY", "INTERSECT", "INTO", "LIMIT", "OFFSET", "ON", "ONLY", "ORDER", "PLACING", "PRIMARY",
            "REFERENCES", "RETURNING", "SELECT", "TABLE", "UNION", "UNIQUE", "USING", "WHERE", "WINDOW", "LATERAL",
            "TABLESAMPLE", "FROM", "WITH", "WITHOUT");

    /** Words a type name may hold besides names and modifiers: {@code timestamp(3) with time zone}. */
    private static final Set<String> NOT_IN_A_TYPE = Set.of("NOT", "NULL", "IS", "AND", "OR", "CASE", "WHEN", "THEN",
            "ELSE", "END", "IN", "LIKE", "ILIKE", "BETWEEN", "ANY", "SOME", "ALL", "TRUE", "FALSE", "DISTINCT",
            "ESCAPE", "SIMILAR", "OVERLAPS", "ISNULL", "NOTNULL", "CAST");

    private enum Kind { EXPRESSION, TYPE }

    private SqlFragments() {
    }

    /** One SQL expression: a default, a CHECK or WHERE condition, a USING conversion, a SET value. */
    public static String expression(String fragment, String what) {
        return check(fragment, what, Kind.EXPRESSION);
    }

    /** One type name: {@code smallint}, {@code varchar(40)}, {@code numeric(10,2)[]}, {@code "mood_level"}. */
    public static String typeName(String fragment, String what) {
        return check(fragment, what, Kind.TYPE);
    }

    private static String check(String fragment, String what, Kind kind) {
        if (fragment == null || fragment.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (fragment.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        LexedSource lexed = SqlLexer.lex(fragment);
        if (!lexed.problems().isEmpty()) {
            throw refused(what, "is not well-formed SQL (" + lexed.problems().get(0).message() + ")", fragment);
        }
        if (!lexed.comments().isEmpty() || !lexed.metaCommands().isEmpty()) {
            throw refused(what, "must not contain comments or psql commands", fragment);
        }
        List<Token> tokens = lexed.tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == TokenType.SEMICOLON) {
                throw refused(what, "must be one " + noun(kind) + ", without ';'", fragment);
            }
            if (token.type() == TokenType.DOLLAR_STRING) {
                throw refused(what, "must not contain dollar-quoted text", fragment);
            }
            if (token.type() == TokenType.STRING && backslashDependsOnSettings(token)) {
                throw refused(what, "holds a backslash in a '...' string, which standard_conforming_strings = off "
                        + "reads as an escape; write E'...' instead", fragment);
            }
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                if (--depth < 0) {
                    throw refused(what, "closes a bracket it did not open", fragment);
                }
            } else if (depth == 0) {
                checkTopLevel(tokens, i, what, fragment, kind);
            } else if (kind == Kind.TYPE && !fitsTypeModifier(token)) {
                throw refused(what, "must be one type name; '" + token.text() + "' cannot be part of a type modifier",
                        fragment);
            }
        }
        if (depth != 0) {
            throw refused(what, "leaves a bracket open", fragment);
        }
        return fragment.trim();
    }

    private static void checkTopLevel(List<Token> tokens, int at, String what, String fragment, Kind kind) {
        Token token = tokens.get(at);
        if (token.isSymbol(",")) {
            throw refused(what, "must be one " + noun(kind) + "; a ',' outside parentheses would start another "
                    + "action or item", fragment);
        }
        if (token.type() == TokenType.WORD && STARTS_SOMETHING_ELSE.contains(token.keyword())
                && !allowedInContext(tokens, at)) {
            throw refused(what, "must be one " + noun(kind) + "; '" + token.text() + "' outside parentheses starts "
                    + "another clause or statement (quote it, \"" + token.identifier() + "\", if it is a name)", fragment);
        }
        if (kind == Kind.EXPRESSION && token.is("NOT") && at + 1 < tokens.size() && tokens.get(at + 1).is("NULL")
                && (at == 0 || !tokens.get(at - 1).is("IS"))) {
            throw refused(what, "must be one expression; NOT NULL after it is a column constraint", fragment);
        }
        if (kind == Kind.TYPE) {
            boolean fits = token.isIdentifier() && !(token.type() == TokenType.WORD && NOT_IN_A_TYPE.contains(token.keyword()))
                    || token.isSymbol(".");
            if (!fits) {
                throw refused(what, "must be one type name; '" + token.text() + "' cannot be part of one", fragment);
            }
        }
    }

    /** {@code WITH TIME ZONE}, {@code WITHOUT TIME ZONE} and {@code IS DISTINCT FROM} belong to one expression or type. */
    private static boolean allowedInContext(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (token.isAny("WITH", "WITHOUT")) {
            return at + 2 < tokens.size() && tokens.get(at + 1).is("TIME") && tokens.get(at + 2).is("ZONE");
        }
        if (token.is("FROM")) {
            return at > 0 && tokens.get(at - 1).is("DISTINCT");
        }
        return false;
    }

    /** Inside the parentheses or brackets of a type: sizes, and the names some extension types take. */
    private static boolean fitsTypeModifier(Token token) {
        return token.type() == TokenType.NUMBER || token.isIdentifier() || token.isSymbol(",") || token.isSymbol(".")
                || token.isSymbol("-") || token.isSymbol("+");
    }

    /**
     * Whether the string's meaning depends on standard_conforming_strings: a backslash in a plain,
     * national, bit or hex string. {@code E'...'} always reads backslashes as escapes and
     * {@code U&'...'} is refused by the server when the setting is off.
     */
    private static boolean backslashDependsOnSettings(Token token) {
        String text = token.text();
        char first = Character.toUpperCase(text.charAt(0));
        if (first == 'E' || first == 'U') {
            return false;
        }
        return text.indexOf('\\') >= 0;
    }

    private static String noun(Kind kind) {
        return kind == Kind.TYPE ? "type name" : "expression";
    }

    private static IllegalArgumentException refused(String what, String reason, String fragment) {
        return new IllegalArgumentException(what + " " + reason + ": " + fragment.trim());
    }
}
