package id.ac.ugm.aicare.schema.engine.lint.ddl;

import id.ac.ugm.aicare.schema.engine.lint.lexer.Token;
import id.ac.ugm.aicare.schema.engine.lint.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Finds the function in a {@code DEFAULT} expression that makes PostgreSQL rewrite the table when
 * the column is added: since PostgreSQL 11 a non-volatile default is stored once in the catalog, a
 * volatile one is evaluated for every existing row.
 *
 * <p>JSqlParser reads the expression here, because it tells a function call from a cast with a type
 * modifier ({@code '0'::numeric(10,2)}) and finds calls nested anywhere. Expressions without a call
 * never reach it, and results are cached, since migrations repeat the same few defaults.
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

    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

    private VolatileDefaults() {
    }

    /** The first volatile (or unknown) function the default calls, if any. */
    public static Optional<String> volatileFunction(DefaultValue value) {
        List<Token> tokens = value.tokens();
        if (!callsAFunction(tokens)) {
            return Optional.empty();
        }
        if (tokens.size() == 3 && tokens.get(2).isSymbol(")")) {
            // now(), gen_random_uuid(): the common case needs no parser, and a CLI run no parser start-up.
            return firstVolatile(List.of(lastPart(tokens.get(0).text())));
        }
        Optional<String> cached = CACHE.get(value.text());
        if (cached != null) {
            return cached;
        }
        Optional<String> result = firstVolatile(functionNames(value));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(value.text(), result);
        }
        return result;
    }

    private static boolean callsAFunction(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).type() == TokenType.WORD && tokens.get(i + 1).isSymbol("(")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> functionNames(DefaultValue value) {
        try {
            Expression expression = CCJSqlParserUtil.parseExpression(value.text(), false);
            List<String> names = new ArrayList<>();
            expression.accept(new ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Function function, S context) {
                    names.add(lastPart(function.getName()));
                    return super.visit(function, context);
                }
            }, null);
            return names;
        } catch (JSQLParserException | RuntimeException e) {
            // PostgreSQL syntax JSqlParser does not know: a word before "(" that is not a cast's type.
            return functionNamesFromTokens(value.tokens());
        }
    }

    private static List<String> functionNamesFromTokens(List<Token> tokens) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean castType = i > 0 && tokens.get(i - 1).isSymbol("::");
            if (t.type() == TokenType.WORD && tokens.get(i + 1).isSymbol("(") && !castType) {
                names.add(lastPart(t.text()));
            }
        }
        return names;
    }

    private static Optional<String> firstVolatile(List<String> names) {
        for (String name : names) {
            if (VOLATILE.contains(name) || !NON_VOLATILE.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String lastPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("\"", "");
        int dot = lower.lastIndexOf('.');
        return dot >= 0 ? lower.substring(dot + 1) : lower;
    }
}
