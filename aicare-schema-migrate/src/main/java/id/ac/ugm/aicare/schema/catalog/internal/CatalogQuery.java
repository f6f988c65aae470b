package id.ac.ugm.aicare.schema.catalog.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one schema from pg_catalog in a single query, as one JSON document, whatever the number of
 * tables: relation names of every kind (so that a sequence is never mistaken for a table of the
 * same name), enum and other type names, sequences, and per table its columns, constraints and
 * indexes (with {@code indisvalid} and the constraint an index backs), plus, for a snapshot, its
 * triggers, rules, row-level security and policies. Each object kind's query is written once here
 * and shared by every caller, so a snapshot and the helpers' checks see the same catalog.
 */
public final class CatalogQuery {

    /** What to read: what the migration helpers check, or everything a schema snapshot compares too. */
    public enum Scope { HELPERS, SNAPSHOT }

    private static final String COLUMNS = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
                        'default', pg_get_expr(d.adbin, d.adrelid), 'comment', col_description(a.attrelid, a.attnum),
                        'identity', a.attidentity) ORDER BY a.attnum), '[]')
             FROM pg_attribute a
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped)""";

    private static final String CONSTRAINTS = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', k.conname, 'type', k.contype, 'definition', pg_get_constraintdef(k.oid),
                        'validated', k.convalidated,
                        'columns', ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                                         ORDER BY u.ord),
                        'refTable', f.relname, 'refSchema', fn.nspname,
                        'refColumns', ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                                            JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum
                                            ORDER BY u.ord),
                        'onDelete', k.confdeltype, 'onUpdate', k.confupdtype) ORDER BY k.conname), '[]')
             FROM pg_constraint k
             LEFT JOIN pg_class f ON f.oid = k.confrelid
             LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
             WHERE k.conrelid = r.oid AND k.contype IN ('p', 'u', 'f', 'c', 'x'))""";

    private static final String INDEXES = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', i.relname, 'unique', x.indisunique, 'valid', x.indisvalid, 'method', am.amname,
                        'keys', ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
                                      FROM generate_series(1, x.indnkeyatts) k ORDER BY k),
                        'predicate', pg_get_expr(x.indpred, x.indrelid),
                        'definition', pg_get_indexdef(x.indexrelid),
                        'constraint', (SELECT k.conname FROM pg_constraint k
                                       WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                                         AND k.contype IN ('p', 'u', 'x') LIMIT 1)) ORDER BY i.relname), '[]')
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
             WHERE x.indrelid = r.oid)""";

    /** Triggers PostgreSQL makes for foreign keys are internal; every other one changes what writes do. */
    private static final String TRIGGERS = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', g.tgname, 'definition', pg_get_triggerdef(g.oid), 'enabled', g.tgenabled <> 'D')), '[]')
             FROM pg_trigger g WHERE g.tgrelid = r.oid AND NOT g.tgisinternal)""";

    private static final String RULES = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', w.rulename, 'definition', pg_get_ruledef(w.oid), 'enabled', w.ev_enabled <> 'D')), '[]')
             FROM pg_rewrite w WHERE w.ev_class = r.oid)""";

    private static final String POLICIES = """
            (SELECT coalesce(json_agg(json_build_object('name', p.polname, 'definition',
                        CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
                        || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                                    WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                        || ' TO ' || CASE WHEN p.polroles = '{0}' THEN 'PUBLIC'
                                          ELSE array_to_string(ARRAY(SELECT quote_ident(rolname) FROM pg_roles
                                                                     WHERE oid = ANY (p.polroles) ORDER BY rolname), ', ') END
                        || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                        || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', ''))), '[]')
             FROM pg_policy p WHERE p.polrelid = r.oid)""";

    private static final String RELATIONS = """
            (SELECT coalesce(json_object_agg(c.relname, c.relkind), '{}') FROM pg_class c JOIN ns ON c.relnamespace = ns.oid)""";

    private static final String ENUMS = """
            (SELECT coalesce(json_object_agg(t.typname, (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)
                                                         FROM pg_enum e WHERE e.enumtypid = t.oid)), '{}')
             FROM pg_type t JOIN ns ON t.typnamespace = ns.oid WHERE t.typtype = 'e')""";

    /** Names a new enum type cannot take: enum, domain, range and multirange types, and free-standing composites. */
    private static final String TYPES = """
            (SELECT coalesce(json_agg(t.typname), '[]')
             FROM pg_type t JOIN ns ON t.typnamespace = ns.oid
             WHERE t.typtype IN ('e', 'd', 'r', 'm')
                OR (t.typtype = 'c' AND t.typrelid <> 0
                    AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))""";

    private static final String SEQUENCES = """
            (SELECT coalesce(json_agg(json_build_object(
                        'name', s.relname, 'type', format_type(q.seqtypid, NULL), 'start', q.seqstart,
                        'increment', q.seqincrement, 'min', q.seqmin, 'max', q.seqmax, 'cache', q.seqcache,
                        'cycle', q.seqcycle,
                        'ownedBy', (SELECT t.relname || '.' || a.attname FROM pg_depend d
                                    JOIN pg_class t ON t.oid = d.refobjid
                                    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                    WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
                                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                                    LIMIT 1))), '[]')
             FROM pg_class s JOIN ns ON s.relnamespace = ns.oid JOIN pg_sequence q ON q.seqrelid = s.oid
             WHERE s.relkind = 'S')""";

    private static final String HELPERS_QUERY = query(Scope.HELPERS);
    private static final String SNAPSHOT_QUERY = query(Scope.SNAPSHOT);

    /** One schema as read; {@code schema} is null when no schema of the requested name exists. */
    public record Catalog(String schema, String currentSchema, String qualifier, Map<String, String> relations,
                          Map<String, List<String>> enums, Set<String> typeNames, List<Sequence> sequences,
                          List<Table> tables) {
    }

    /** A table; triggers, rules and policies are read only for a {@link Scope#SNAPSHOT}. */
    public record Table(String name, String comment, boolean rowSecurity, boolean forceRowSecurity,
                        List<Column> columns, List<Constraint> constraints, List<Index> indexes,
                        List<Definition> triggers, List<Definition> rules, List<Definition> policies) {
    }

    /** A column in attnum order; {@code identity} is {@code a}, {@code d} or empty. */
    public record Column(String name, String type, boolean notNull, String defaultExpression, String comment,
                         String identity) {
    }

    /** A constraint; {@code type} is pg_constraint.contype, actions are its one-letter codes (blank when none). */
    public record Constraint(String name, char type, String definition, boolean validated, List<String> columns,
                             String refSchema, String refTable, List<String> refColumns, String onDelete,
                             String onUpdate) {
    }

    /** An index; {@code constraint} names the constraint it backs, if any. */
    public record Index(String name, boolean unique, boolean valid, String method, List<String> keys,
                        String predicate, String definition, String constraint) {
    }

    /** A trigger, rule or policy: its name, its definition as PostgreSQL prints it, and whether it is enabled. */
    public record Definition(String name, String definition, boolean enabled) {
    }

    public record Sequence(String name, String type, long start, long increment, long min, long max, long cache,
                           boolean cycle, String ownedBy) {
    }

    private CatalogQuery() {
    }

    /** The SQL that {@link #read} sends for this scope (for logs and dry runs). */
    public static String sql(Scope scope) {
        return scope == Scope.SNAPSHOT ? SNAPSHOT_QUERY : HELPERS_QUERY;
    }

    /**
     * Reads {@code schema} (null: the connection's current schema), all its tables or only those
     * named in {@code tables} (the other parts are read whole either way). One round trip.
     */
    public static Catalog read(Connection connection, String schema, Collection<String> tables, Scope scope)
            throws SQLException {
        return CatalogDocument.parse(document(connection, schema, tables, scope));
    }

    /** The JSON document that {@link #read} parses. */
    static String document(Connection connection, String schema, Collection<String> tables, Scope scope)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(scope))) {
            statement.setString(1, schema);
            Array filter = tables == null ? null : connection.createArrayOf("text", tables.toArray());
            statement.setArray(2, filter);
            statement.setArray(3, filter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String query(Scope scope) {
        String snapshotParts = scope == Scope.SNAPSHOT
                ? ",\n  'triggers', " + TRIGGERS + ",\n  'rules', " + RULES + ",\n  'policies', " + POLICIES : "";
        return """
                WITH ns AS (
                    SELECT oid, nspname FROM pg_namespace WHERE nspname = coalesce(?, current_schema())
                ), rel AS (
                    SELECT c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity
                    FROM pg_class c JOIN ns ON c.relnamespace = ns.oid
                    WHERE c.relkind IN ('r', 'p') AND (?::text[] IS NULL OR c.relname = ANY (?::text[]))
                )
                SELECT json_build_object(
                  'schema', (SELECT nspname FROM ns),
                  'currentSchema', current_schema(),
                  'qualifier', (SELECT quote_ident(nspname) || '.' FROM ns),
                  'relations', %s,
                  'enums', %s,
                  'types', %s,
                  'sequences', %s,
                  'tables', (SELECT coalesce(json_agg(json_build_object(
                      'name', r.relname,
                      'comment', obj_description(r.oid, 'pg_class'),
                      'rowSecurity', r.relrowsecurity, 'forceRowSecurity', r.relforcerowsecurity,
                      'columns', %s,
                      'constraints', %s,
                      'indexes', %s%s
                    ) ORDER BY r.relname), '[]') FROM rel r)
                )::text
                """.formatted(RELATIONS, ENUMS, TYPES, SEQUENCES, COLUMNS, CONSTRAINTS, INDEXES, snapshotParts);
    }

    /** PostgreSQL's word for a foreign key action code ({@code c}: CASCADE, ...); null for none. */
    public static String action(String code) {
        if (code == null || code.isBlank()) {
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
}
