package id.ac.ugm.aicare.schema.catalog;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.CheckSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ForeignKeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.KeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.PolicySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.RowSecurity;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.RuleSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.SequenceSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TriggerSnapshot;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link SchemaSnapshot} of one schema from pg_catalog in nine queries, whatever the number
 * of tables: tables (with their row-level security flags), columns, constraints, indexes, triggers,
 * rules, policies, enum types, sequences.
 */
public final class CatalogReader {

    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class'), c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
            """;

    private static final String COLUMNS = """
            SELECT c.relname, a.attname,
                   row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum),
                   format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum), a.attidentity
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """;

    private static final String CONSTRAINTS = """
            SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid), k.convalidated,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord),
                   r.relname,
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord),
                   k.confdeltype, k.confupdtype
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class r ON r.oid = k.confrelid
            WHERE n.nspname = ? AND k.contype IN ('p', 'u', 'f', 'c')
            """;

    private static final String INDEXES = """
            SELECT t.relname, i.relname, x.indisunique, x.indisvalid, am.amname, pg_get_indexdef(x.indexrelid),
                   pg_get_expr(x.indpred, x.indrelid),
                   ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k ORDER BY k)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            WHERE n.nspname = ? AND t.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                              WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x'))
            """;

    /** Triggers PostgreSQL makes for foreign keys are internal; every other one changes what writes do. */
    private static final String TRIGGERS = """
            SELECT c.relname, g.tgname, pg_get_triggerdef(g.oid), g.tgenabled <> 'D'
            FROM pg_trigger g
            JOIN pg_class c ON c.oid = g.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT g.tgisinternal
            """;

    private static final String RULES = """
            SELECT c.relname, r.rulename, pg_get_ruledef(r.oid), r.ev_enabled <> 'D'
            FROM pg_rewrite r
            JOIN pg_class c ON c.oid = r.ev_class
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
            """;

    private static final String POLICIES = """
            SELECT c.relname, p.polname,
                   CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
                   || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                               WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                   || ' TO ' || CASE WHEN p.polroles = '{0}' THEN 'PUBLIC'
                                     ELSE array_to_string(ARRAY(SELECT quote_ident(rolname) FROM pg_roles
                                                                WHERE oid = ANY (p.polroles) ORDER BY rolname), ', ') END
                   || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                   || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
            """;

    private static final String ENUMS = """
            SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ? GROUP BY t.typname
            """;

    private static final String SEQUENCES = """
            SELECT s.relname, format_type(q.seqtypid, NULL), t.relname || '.' || a.attname
            FROM pg_class s
            JOIN pg_namespace n ON n.oid = s.relnamespace
            JOIN pg_sequence q ON q.seqrelid = s.oid
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_class t ON t.oid = d.refobjid
            LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE n.nspname = ? AND s.relkind = 'S'
            """;

    private CatalogReader() {
    }

    /** Snapshot of the {@code public} schema. */
    public static SchemaSnapshot read(Connection connection) throws SQLException {
        return read(connection, "public");
    }

    /** Snapshot of one schema. */
    public static SchemaSnapshot read(Connection connection, String schema) throws SQLException {
        Map<String, TableParts> parts = new TreeMap<>();
        query(connection, TABLES, schema, rows -> parts.put(rows.getString(1), new TableParts(rows.getString(2),
                new RowSecurity(rows.getBoolean(3), rows.getBoolean(4)))));
        query(connection, COLUMNS, schema, rows -> part(parts, rows.getString(1)).columns.add(new ColumnSnapshot(
                rows.getString(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5), rows.getString(6),
                rows.getString(7), rows.getString(8))));
        query(connection, CONSTRAINTS, schema, rows -> {
            TableParts table = part(parts, rows.getString(1));
            String name = rows.getString(2);
            List<String> columns = strings(rows.getArray(6));
            switch (rows.getString(3)) {
                case "p" -> table.primaryKey = new KeySnapshot(name, columns, rows.getString(4));
                case "u" -> table.uniques.add(new KeySnapshot(name, columns, rows.getString(4)));
                case "c" -> table.checks.add(new CheckSnapshot(name, rows.getString(4), rows.getBoolean(5)));
                case "f" -> table.foreignKeys.add(new ForeignKeySnapshot(name, columns, rows.getString(7),
                        strings(rows.getArray(8)), action(rows.getString(9)), action(rows.getString(10)),
                        rows.getBoolean(5)));
                default -> throw new IllegalStateException("unexpected constraint type " + rows.getString(3));
            }
        });
        query(connection, INDEXES, schema, rows -> part(parts, rows.getString(1)).indexes.add(new IndexSnapshot(
                rows.getString(2), rows.getBoolean(3), rows.getString(5), strings(rows.getArray(8)), rows.getString(7),
                rows.getBoolean(4), rows.getString(6))));
        String qualifier = schemaQualifier(connection, schema);
        query(connection, TRIGGERS, schema, rows -> part(parts, rows.getString(1)).triggers.add(new TriggerSnapshot(
                rows.getString(2), oneLine(rows.getString(3), qualifier), rows.getBoolean(4))));
        query(connection, RULES, schema, rows -> part(parts, rows.getString(1)).rules.add(new RuleSnapshot(
                rows.getString(2), oneLine(rows.getString(3), qualifier), rows.getBoolean(4))));
        query(connection, POLICIES, schema, rows -> part(parts, rows.getString(1)).policies.add(new PolicySnapshot(
                rows.getString(2), rows.getString(3))));
        Map<String, List<String>> enums = new TreeMap<>();
        query(connection, ENUMS, schema, rows -> enums.put(rows.getString(1), strings(rows.getArray(2))));
        Map<String, SequenceSnapshot> sequences = new TreeMap<>();
        query(connection, SEQUENCES, schema, rows -> sequences.put(rows.getString(1),
                new SequenceSnapshot(rows.getString(1), rows.getString(2), rows.getString(3))));
        Map<String, TableSnapshot> tables = new TreeMap<>();
        parts.forEach((name, table) -> tables.put(name, table.build(name)));
        return new SchemaSnapshot(schema, new TreeMap<>(tables), new TreeMap<>(enums), new TreeMap<>(sequences));
    }

    private static TableParts part(Map<String, TableParts> parts, String table) {
        return parts.computeIfAbsent(table, name -> new TableParts(null, RowSecurity.OFF));
    }

    /** A definition as one line, without the schema before the table's name, for messages and comparison. */
    private static String oneLine(String definition, String qualifier) {
        return definition.replace(qualifier, "").replaceAll("\\s+", " ").strip();
    }

    /**
     * {@code "schema".} as PostgreSQL prefixes the table in trigger and rule definitions, so that the
     * same trigger reads the same in the live schema and in a scratch one.
     */
    private static String schemaQualifier(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT quote_ident(?) || '.'")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String action(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> code;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, String schema, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    /** A table being assembled from the separate queries. */
    private static final class TableParts {
        final String comment;
        final List<ColumnSnapshot> columns = new ArrayList<>();
        KeySnapshot primaryKey;
        final List<KeySnapshot> uniques = new ArrayList<>();
        final List<CheckSnapshot> checks = new ArrayList<>();
        final List<ForeignKeySnapshot> foreignKeys = new ArrayList<>();
        final List<IndexSnapshot> indexes = new ArrayList<>();
        final List<TriggerSnapshot> triggers = new ArrayList<>();
        final List<RuleSnapshot> rules = new ArrayList<>();
        final RowSecurity rowSecurity;
        final List<PolicySnapshot> policies = new ArrayList<>();

        TableParts(String comment, RowSecurity rowSecurity) {
            this.comment = comment;
            this.rowSecurity = rowSecurity;
        }

        TableSnapshot build(String name) {
            columns.sort(Comparator.comparingInt(ColumnSnapshot::position));
            uniques.sort(Comparator.comparing(KeySnapshot::name));
            checks.sort(Comparator.comparing(CheckSnapshot::name));
            foreignKeys.sort(Comparator.comparing(ForeignKeySnapshot::name));
            indexes.sort(Comparator.comparing(IndexSnapshot::name));
            triggers.sort(Comparator.comparing(TriggerSnapshot::name));
            rules.sort(Comparator.comparing(RuleSnapshot::name));
            policies.sort(Comparator.comparing(PolicySnapshot::name));
            return new TableSnapshot(name, comment, columns, primaryKey, uniques, checks, foreignKeys, indexes,
                    triggers, rules, rowSecurity, policies);
        }
    }
}
