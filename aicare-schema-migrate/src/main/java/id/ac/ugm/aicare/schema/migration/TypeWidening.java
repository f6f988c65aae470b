package id.ac.ugm.aicare.schema.migration;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type changes that keep every value exactly, in {@code format_type} spellings: a wider integer,
 * a numeric with at least as many digits before and after the point, a longer or unbounded varchar,
 * real to double precision. Everything else (numeric(20,6) to integer rounds, timestamp to date drops
 * the time, text to a number may not parse, json to jsonb drops duplicate keys) may lose values and
 * needs a {@link Confirmation}. {@link SchemaMigrator#changeColumnType} asks it before a change; the
 * engine's {@code diff} asks it to know which changes it must write with a confirmation.
 */
public final class TypeWidening {

    private static final Map<String, Set<String>> WIDER = Map.of(
            "smallint", Set.of("integer", "bigint", "numeric", "real", "double precision"),
            "integer", Set.of("bigint", "numeric", "double precision"),
            "bigint", Set.of("numeric"),
            "real", Set.of("double precision"),
            "character varying", Set.of("text"),
            "text", Set.of("character varying"));

    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private TypeWidening() {
    }

    /** Whether every value of type {@code from} converts to type {@code to} exactly (format_type spellings). */
    public static boolean keepsEveryValue(String from, String to) {
        if (from.equals(to) || WIDER.getOrDefault(from, Set.of()).contains(to)) {
            return true;
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        if (fromNumeric.matches()) {
            if (to.equals("numeric")) {
                return true;
            }
            Matcher toNumeric = NUMERIC.matcher(to);
            if (toNumeric.matches()) {
                int fromScale = Integer.parseInt(fromNumeric.group(2));
                int toScale = Integer.parseInt(toNumeric.group(2));
                return toScale >= fromScale && Integer.parseInt(toNumeric.group(1)) - toScale
                        >= Integer.parseInt(fromNumeric.group(1)) - fromScale;
            }
            return false;
        }
        Matcher fromVarchar = VARCHAR.matcher(from);
        if (fromVarchar.matches()) {
            Matcher toVarchar = VARCHAR.matcher(to);
            return to.equals("text") || to.equals("character varying")
                    || toVarchar.matches() && Integer.parseInt(toVarchar.group(1)) >= Integer.parseInt(fromVarchar.group(1));
        }
        return false;
    }
}
