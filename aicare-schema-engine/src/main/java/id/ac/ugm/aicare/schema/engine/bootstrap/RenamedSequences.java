package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.bootstrap.InitRefusedException.Refusal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sequences behind the {@code serial} columns of tables {@code init} has just created, named as
 * PostgreSQL names them: {@code table_column_seq}, unless a relation of that name exists already, in
 * which case PostgreSQL quietly picks {@code table_column_seq1}. The models and every later migration
 * name the sequence without the digit, so such a table must not be created: the existing relation
 * belongs to someone else, and init refuses rather than build on it.
 */
final class RenamedSequences {

    /** PostgreSQL's NAMEDATALEN - 1: the longest identifier, in bytes. */
    private static final int MAX_NAME_BYTES = 63;

    private static final String OWNED = """
            SELECT t.relname, a.attname, s.relname
            FROM pg_depend d
            JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
              AND n.nspname = ? AND t.relname = ANY (?)
            ORDER BY t.relname, a.attnum
            """;

    private RenamedSequences() {
    }

    /**
     * One refusal per module whose created tables got a renamed sequence, naming the relation in the
     * way; none when every sequence has its own name.
     *
     * @param tablesByModule the tables just created, by module
     */
    static List<Refusal> find(Connection connection, String schema, Map<String, List<String>> tablesByModule)
            throws SQLException {
        List<Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, List<String>> module : tablesByModule.entrySet()) {
            List<String> renamed = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(OWNED)) {
                statement.setString(1, schema);
                statement.setArray(2, connection.createArrayOf("text", module.getValue().toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String expected = implicitName(rows.getString(1), rows.getString(2), "seq");
                        if (!expected.equals(rows.getString(3))) {
                            renamed.add(expected + " (for " + rows.getString(1) + "." + rows.getString(2) + ")");
                        }
                    }
                }
            }
            if (!renamed.isEmpty()) {
                refusals.add(new Refusal(module.getKey(), "a relation named " + String.join(", ", renamed)
                        + " already exists in schema " + schema + " and is not this module's; PostgreSQL would give the "
                        + "new sequence another name, which the models and migrations do not use. Rename or remove "
                        + "the existing one first", List.of()));
            }
        }
        return refusals;
    }

    /**
     * The name PostgreSQL gives an implicit object ({@code makeObjectName}): {@code name1_name2_label},
     * the longer of the two names shortened a character at a time until it fits in 63 bytes.
     */
    static String implicitName(String name1, String name2, String label) {
        int available = MAX_NAME_BYTES - label.length() - 2;
        String first = name1;
        String second = name2;
        while (bytes(first) + bytes(second) > available) {
            if (bytes(first) > bytes(second)) {
                first = first.substring(0, first.length() - 1);
            } else {
                second = second.substring(0, second.length() - 1);
            }
        }
        return first + "_" + second + "_" + label;
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
