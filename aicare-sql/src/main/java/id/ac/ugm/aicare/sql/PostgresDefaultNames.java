package id.ac.ugm.aicare.sql;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL itself gives unnamed constraints ({@code users_email_key},
 * {@code user_profiles_user_id_fkey}, {@code users_pkey}), computed the way its
 * {@code makeObjectName} does: the two parts are shortened alternately, the longer one first,
 * until the whole fits in 63 bytes. Using them keeps a database created from the models
 * identical to one where PostgreSQL chose the names.
 */
public final class PostgresDefaultNames {

    private PostgresDefaultNames() {
    }

    public static String foreignKey(String table, List<String> columns) {
        return objectName(table, String.join("_", columns), "fkey");
    }

    public static String uniqueKey(String table, List<String> columns) {
        return objectName(table, String.join("_", columns), "key");
    }

    public static String primaryKey(String table) {
        return objectName(table, null, "pkey");
    }

    /** The sequence a {@code serial} column of the table gets. */
    public static String sequence(String table, String column) {
        return objectName(table, column, "seq");
    }

    public static String index(String table, List<String> columns) {
        return objectName(table, String.join("_", columns), "idx");
    }

    /** PostgreSQL's makeObjectName for ASCII names. */
    static String objectName(String name1, String name2, String label) {
        int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
        int available = SqlIdentifiers.MAX_BYTES - overhead;
        int name1Chars = bytes(name1);
        int name2Chars = name2 == null ? 0 : bytes(name2);
        while (name1Chars + name2Chars > available) {
            if (name1Chars > name2Chars) {
                name1Chars--;
            } else {
                name2Chars--;
            }
        }
        StringBuilder name = new StringBuilder(name1.substring(0, name1Chars));
        if (name2 != null) {
            name.append('_').append(name2, 0, name2Chars);
        }
        if (label != null) {
            name.append('_').append(label);
        }
        return name.toString();
    }

    private static int bytes(String text) {
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        if (length != text.length()) {
            throw new IllegalArgumentException("Only ASCII names are supported here: " + text);
        }
        return length;
    }
}
