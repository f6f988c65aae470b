package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the function in a {@code DEFAULT} expression that makes PostgreSQL rewrite the table when
 * the column is added: since PostgreSQL 11 a non-volatile default is stored once in the catalog, a
 * volatile one is evaluated for every existing row.
 *
 * <p>It reads the expression's tokens in one pass, so that any input, however deeply nested or
 * badly parenthesised, costs time in proportion to its length: a word or quoted name right before
 * {@code (} is a call, unless it names a type ({@code '0'::numeric(10,2)},
 * {@code CAST(x AS character varying(20))}) or is a keyword that a parenthesis may follow
 * ({@code x IN (1, 2)}). A backtracking parser took exponential time on unbalanced parentheses and
 * overflowed the stack on deep nesting.
 */
public final class VolatileDefaults {

    /** Volatile built-ins seen in defaults. */
    private static final Set<String> VOLATILE = Set.of(
            "random", "random_normal", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
            "uuid_generate_v4", "uuidv4", "uuidv7", "gen_random_bytes", "clock_timestamp", "timeofday",
            "nextval", "setval", "currval", "lastval", "txid_current", "pg_current_xact_id");

    /**
     * Stable and immutable built-ins common in defaults. A function on neither list is treated as
     * volatile, because that is what PostgreSQL assumes for a function declared without a volatility.
     */
    private static final Set<String> NON_VOLATILE = Set.of(
            "now", "transaction_timestamp", "statement_timestamp", "current_timestamp", "current_date",
            "localtimestamp", "localtime", "current_time", "current_user", "session_user", "current_setting",
            "current_schema", "lower", "upper", "coalesce", "nullif", "greatest", "least", "concat", "concat_ws",
            "length", "char_length", "md5", "trim", "btrim", "ltrim", "rtrim", "replace", "substring", "substr",
            "left", "right", "lpad", "rpad", "abs", "round", "floor", "ceil", "ceiling", "trunc", "date_trunc",
            "date_part", "extract", "make_date", "make_time", "make_timestamp", "make_timestamptz",
            "make_interval", "to_char", "to_date", "to_timestamp", "to_number", "timezone", "jsonb_build_object",
            "jsonb_build_array", "json_build_object", "json_build_array", "to_jsonb", "to_json", "array_fill",
            "format", "encode", "decode", "sha256", "uuid_nil", "cast", "array", "row", "int4range",
            "int8range", "tstzrange", "daterange", "numrange");

    /** Keywords that a parenthesis may follow in an expression without making a call. */
    private static final Set<String> NOT_CALLS = Set.of(
            "AND", "OR", "NOT", "IN", "IS", "ANY", "ALL", "SOME", "EXISTS", "WHEN", "THEN", "ELSE", "CASE",
            "BETWEEN", "LIKE", "ILIKE", "SIMILAR", "ESCAPE", "OVERLAPS", "DISTINCT", "FROM", "ZONE", "OPERATOR",
            "SELECT", "WHERE", "VALUES");

    private VolatileDefaults() {
    }

    /** The first volatile (or unknown) function the default calls, if any. */
    public static Optional<String> volatileFunction(DefaultValue value) {
        List<Token> tokens = value.tokens();
        // Set while reading a type name: after "::", or after AS inside CAST(... AS type).
        boolean inTypeName = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("::") || t.is("AS")) {
                inTypeName = true;
                continue;
            }
            boolean name = t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER;
            if (!name) {
                inTypeName = inTypeName && t.isSymbol(".");
                continue;
            }
            if (!tokens.get(i + 1).isSymbol("(") || inTypeName
                    || (t.keyword() != null && NOT_CALLS.contains(t.keyword()))) {
                continue;
            }
            String function = t.identifier();
            if (VOLATILE.contains(function) || !NON_VOLATILE.contains(function)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
