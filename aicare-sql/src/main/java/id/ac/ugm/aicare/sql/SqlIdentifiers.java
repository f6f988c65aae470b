package id.ac.ugm.aicare.sql;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where identifiers become SQL text. Every name is validated first: a name that is
 * empty, longer than PostgreSQL's 63 bytes, or holds a NUL, a quote, a semicolon or any character
 * outside letters, digits, {@code _} and {@code $} is refused before any SQL runs. Valid names are
 * emitted bare when PostgreSQL would read them back unchanged, quoted otherwise.
 */
public final class SqlIdentifiers {

    /** PostgreSQL's limit: NAMEDATALEN - 1 bytes. */
    public static final int MAX_BYTES = 63;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Reserved and type/function-name keywords of PostgreSQL 16 ({@code pg_get_keywords()} categories R and T). */
    private static final Set<String> RESERVED = Set.of(("all analyse analyze and any array as asc asymmetric "
            + "authorization binary both case cast check collate collation column concurrently constraint create "
            + "cross current_catalog current_date current_role current_schema current_time current_timestamp "
            + "current_user default deferrable desc distinct do else end except false fetch for foreign freeze "
            + "from full grant group having ilike in initially inner intersect into is isnull join lateral leading "
            + "left like limit localtime localtimestamp natural not notnull null offset on only or order outer "
            + "overlaps placing primary references returning right select session_user similar some symmetric "
            + "system_user table tablesample then to trailing true union unique user using variadic verbose when "
            + "where window with").split(" "));

    private SqlIdentifiers() {
    }

    /**
     * Checks a name and returns it unchanged.
     *
     * @throws InvalidIdentifierException naming the offending identifier and why
     */
    public static String validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidIdentifierException(String.valueOf(name), "it is empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new InvalidIdentifierException(printable(name), "it contains a NUL character");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidIdentifierException(printable(name), "it is longer than " + MAX_BYTES + " bytes");
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new InvalidIdentifierException(printable(name),
                    "only letters, digits, '_' and '$' are allowed, starting with a letter or '_'");
        }
        return name;
    }

    /**
     * Checks a name for a new object and returns it: a valid name (see {@link #validate}) made only of
     * lower-case ASCII letters, digits, {@code _} and {@code $}. Upper case and non-ASCII letters are
     * refused so that {@code email}, {@code Email} and {@code еmail} (with a Cyrillic {@code е}) cannot
     * stand side by side as three columns that look alike.
     *
     * @throws InvalidIdentifierException naming the identifier and why
     */
    public static String validateLowerCaseAscii(String name) {
        validate(name);
        if (!PLAIN.matcher(name).matches()) {
            throw new InvalidIdentifierException(printable(name), "only lower-case ASCII letters, digits, '_' and '$' "
                    + "are allowed in a new name, so that names differing only by case or by a look-alike letter "
                    + "cannot stand side by side");
        }
        return name;
    }

    /** A validated name as SQL: bare when safe, double-quoted otherwise. */
    public static String quote(String name) {
        validate(name);
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name + '"';
    }

    /** {@code schema.name}, each part quoted. */
    public static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /**
     * A string literal that means the same text whatever {@code standard_conforming_strings} is: quotes
     * doubled, and when the text holds a backslash, the escape string syntax {@code E'...'} with the
     * backslashes doubled too. A plain {@code '...'} would let a backslash-quote end the literal early
     * on a role or database where that setting is off.
     */
    public static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A SQL literal cannot contain a NUL character");
        }
        String quoted = text.replace("'", "''");
        if (quoted.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    private static String printable(String name) {
        String shown = name.replace("\0", "\\0");
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }
}
