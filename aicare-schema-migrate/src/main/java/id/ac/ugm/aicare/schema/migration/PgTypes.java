package id.ac.ugm.aicare.schema.migration;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells a type the way {@code format_type} prints it, for the common built-in types and their
 * aliases ({@code int} is {@code integer}, {@code varchar(80)} is {@code character varying(80)},
 * {@code timestamptz} is {@code timestamp with time zone}). Anything it does not know comes back
 * unchanged; the helpers then ask PostgreSQL (a rolled-back probe) before calling two spellings
 * different, so this class only saves round trips and never decides a conflict on its own.
 */
final class PgTypes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("real", "real"), Map.entry("float4", "real"),
            Map.entry("double precision", "double precision"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char", "character(1)"), Map.entry("character", "character(1)"), Map.entry("bpchar", "bpchar"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
            Map.entry("text", "text"), Map.entry("uuid", "uuid"), Map.entry("json", "json"), Map.entry("jsonb", "jsonb"),
            Map.entry("bytea", "bytea"), Map.entry("date", "date"), Map.entry("inet", "inet"), Map.entry("cidr", "cidr"),
            Map.entry("interval", "interval"), Map.entry("money", "money"), Map.entry("xml", "xml"),
            Map.entry("tsvector", "tsvector"), Map.entry("oid", "oid"));

    private static final Pattern WITH_MODIFIER = Pattern.compile(
            "([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(\\s+with(?:out)?\\s+time\\s+zone)?");

    private PgTypes() {
    }

    static boolean isSerial(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        return t.equals("serial") || t.equals("bigserial") || t.equals("smallserial") || t.equals("serial2")
                || t.equals("serial4") || t.equals("serial8");
    }

    /** The {@code format_type} spelling when known, else the input trimmed. */
    static String normalize(String type) {
        String t = type.trim().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("[]")) {
            return normalize(t.substring(0, t.length() - 2)) + "[]";
        }
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        Matcher m = WITH_MODIFIER.matcher(lower);
        if (m.matches()) {
            String base = m.group(1).trim();
            String first = m.group(2);
            String second = m.group(3);
            String zone = m.group(4) == null ? null : m.group(4).trim();
            switch (base) {
                case "varchar", "character varying" -> {
                    return second == null ? "character varying(" + first + ")" : t;
                }
                case "char", "character", "bpchar" -> {
                    return second == null ? "character(" + first + ")" : t;
                }
                case "numeric", "decimal" -> {
                    return "numeric(" + first + "," + (second == null ? "0" : second) + ")";
                }
                case "timestamp" -> {
                    return second == null ? "timestamp(" + first + ") " + (zone == null ? "without time zone" : zone) : t;
                }
                case "timestamptz" -> {
                    return second == null && zone == null ? "timestamp(" + first + ") with time zone" : t;
                }
                case "time" -> {
                    return second == null ? "time(" + first + ") " + (zone == null ? "without time zone" : zone) : t;
                }
                case "timetz" -> {
                    return second == null && zone == null ? "time(" + first + ") with time zone" : t;
                }
                case "bit", "bit varying", "varbit" -> {
                    return t;
                }
                default -> {
                    return t;
                }
            }
        }
        return t;
    }
}
