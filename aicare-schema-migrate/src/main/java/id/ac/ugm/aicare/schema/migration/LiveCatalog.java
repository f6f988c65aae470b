package id.ac.ugm.aicare.schema.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the helpers know of one schema, read from pg_catalog in a single query and kept until a
 * helper changes something. A migration of many operations therefore costs one catalog round trip
 * for all its checks, plus one refresh of each table it actually changes.
 */
final class LiveCatalog {

    /**
     * The whole schema, or only some tables, as one JSON document: relation names of every kind (so
     * that a sequence is never mistaken for a table of the same name), enum types, sequences, and
     * per table its columns, constraints and indexes (with {@code indisvalid}).
     */
    private static final String QUERY = """
            WITH ns AS (
                SELECT oid, nspname FROM pg_namespace WHERE nspname = coalesce(?, current_schema())
            ), rel AS (
                SELECT c.oid, c.relname FROM pg_class c JOIN ns ON c.relnamespace = ns.oid
                WHERE c.relkind IN ('r', 'p') AND (?::text[] IS NULL OR c.relname = ANY (?::text[]))
            )
            SELECT json_build_object(
              'schema', (SELECT nspname FROM ns),
              'currentSchema', current_schema(),
              'relations', (SELECT coalesce(json_object_agg(c.relname, c.relkind), '{}')
                            FROM pg_class c JOIN ns ON c.relnamespace = ns.oid),
              'enums', (SELECT coalesce(json_object_agg(t.typname,
                                 (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e
                                  WHERE e.enumtypid = t.oid)), '{}')
                        FROM pg_type t JOIN ns ON t.typnamespace = ns.oid WHERE t.typtype = 'e'),
              'types', (SELECT coalesce(json_agg(t.typname), '[]')
                        FROM pg_type t JOIN ns ON t.typnamespace = ns.oid
                        WHERE t.typtype IN ('e', 'd', 'r', 'm')
                           OR (t.typtype = 'c' AND t.typrelid <> 0
                               AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')),
              'sequences', (SELECT coalesce(json_agg(json_build_object(
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
                            WHERE s.relkind = 'S'),
              'tables', (SELECT coalesce(json_agg(json_build_object(
                  'name', r.relname,
                  'comment', obj_description(r.oid, 'pg_class'),
                  'columns', (SELECT coalesce(json_agg(json_build_object(
                                  'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                                  'notNull', a.attnotnull, 'default', pg_get_expr(d.adbin, d.adrelid),
                                  'comment', col_description(a.attrelid, a.attnum)) ORDER BY a.attnum), '[]')
                              FROM pg_attribute a
                              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                              WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped),
                  'constraints', (SELECT coalesce(json_agg(json_build_object(
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
                                  WHERE k.conrelid = r.oid AND k.contype IN ('p', 'u', 'f', 'c', 'x')),
                  'indexes', (SELECT coalesce(json_agg(json_build_object(
                                  'name', i.relname, 'unique', x.indisunique, 'valid', x.indisvalid, 'method', am.amname,
                                  'keys', ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
                                                FROM generate_series(1, x.indnkeyatts) k ORDER BY k),
                                  'predicate', pg_get_expr(x.indpred, x.indrelid),
                                  'definition', pg_get_indexdef(x.indexrelid),
                                  'constraint', (SELECT k.conname FROM pg_constraint k
                                                 WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                                                   AND k.contype IN ('p', 'u', 'x') LIMIT 1)) ORDER BY i.relname), '[]')
                              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
                              WHERE x.indrelid = r.oid)
                ) ORDER BY r.relname), '[]') FROM rel r)
            )::text
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final String requestedSchema;
    private final Statements statements;

    private String schema;
    private String currentSchema;
    private Map<String, String> relations = Map.of();
    private Map<String, List<String>> enums = Map.of();
    private Set<String> typeNames = Set.of();
    private Map<String, SequenceState> sequences = Map.of();
    private final Map<String, TableState> tables = new HashMap<>();
    private boolean loaded;
    private boolean allStale;
    private final Set<String> staleTables = new LinkedHashSet<>();
    private int reads;

    LiveCatalog(Connection connection, String schema, Statements statements) {
        this.connection = connection;
        this.requestedSchema = schema;
        this.statements = statements;
    }

    /** How many catalog round trips this object has made. */
    int reads() {
        return reads;
    }

    String schema() {
        fresh();
        return schema;
    }

    /** Whether the target schema is the connection's current schema (unqualified names resolve there). */
    boolean isCurrentSchema() {
        fresh();
        return schema.equals(currentSchema);
    }

    /** The relkind of any relation of that name in the schema ({@code r} table, {@code i} index, {@code S} sequence, ...), or null. */
    String relationKind(String name) {
        fresh();
        return relations.get(name);
    }

    TableState table(String name) {
        fresh();
        return tables.get(name);
    }

    /** The index of that name on any table of the schema, or null. */
    IndexState index(String name) {
        fresh();
        for (TableState table : tables.values()) {
            IndexState index = table.index(name);
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    List<String> enumLabels(String type) {
        fresh();
        return enums.get(type);
    }

    /** Whether a type of that name (enum, domain, range, composite) exists in the schema. */
    boolean typeExists(String type) {
        fresh();
        return typeNames.contains(type);
    }

    SequenceState sequence(String name) {
        fresh();
        return sequences.get(name);
    }

    // ---------------------------------------------------------------- a dry run's planned changes

    /*
     * A dry run sends none of its DDL, so the catalog would not show what its earlier steps did; these
     * record each planned change here instead, so that later steps are planned on top of it.
     */

    void plannedTable(TableState table) {
        fresh();
        tables.put(table.name(), table);
        relations.put(table.name(), "r");
    }

    void plannedTableGone(String name) {
        fresh();
        TableState gone = tables.remove(name);
        relations.remove(name);
        if (gone != null) {
            gone.indexes().keySet().forEach(relations::remove);
        }
    }

    void plannedTableRename(String from, String to) {
        fresh();
        TableState table = tables.remove(from);
        relations.remove(from);
        if (table != null) {
            plannedTable(new TableState(to, table.comment(), table.columns(), table.constraints(), table.indexes()));
        }
    }

    void plannedComment(String table, String comment) {
        update(table, t -> new TableState(t.name(), comment, t.columns(), t.constraints(), t.indexes()));
    }

    void plannedColumn(String table, ColumnState column) {
        update(table, t -> {
            Map<String, ColumnState> columns = new LinkedHashMap<>(t.columns());
            columns.put(column.name(), column);
            return new TableState(t.name(), t.comment(), columns, t.constraints(), t.indexes());
        });
    }

    void plannedColumnGone(String table, String column) {
        update(table, t -> {
            Map<String, ColumnState> columns = new LinkedHashMap<>(t.columns());
            columns.remove(column);
            return new TableState(t.name(), t.comment(), columns, t.constraints(), t.indexes());
        });
    }

    void plannedColumnRename(String table, String from, String to) {
        update(table, t -> {
            Map<String, ColumnState> columns = new LinkedHashMap<>();
            t.columns().forEach((name, column) -> columns.put(name.equals(from) ? to : name, name.equals(from)
                    ? new ColumnState(to, column.type(), column.notNull(), column.defaultExpression(), column.comment())
                    : column));
            return new TableState(t.name(), t.comment(), columns, t.constraints(), t.indexes());
        });
    }

    void plannedConstraint(String table, ConstraintState constraint) {
        update(table, t -> {
            Map<String, ConstraintState> constraints = new LinkedHashMap<>(t.constraints());
            constraints.put(constraint.name(), constraint);
            return new TableState(t.name(), t.comment(), t.columns(), constraints, t.indexes());
        });
    }

    void plannedConstraintGone(String table, String name) {
        update(table, t -> {
            Map<String, ConstraintState> constraints = new LinkedHashMap<>(t.constraints());
            constraints.remove(name);
            return new TableState(t.name(), t.comment(), t.columns(), constraints, t.indexes());
        });
    }

    void plannedIndex(IndexState index) {
        update(index.table(), t -> {
            Map<String, IndexState> indexes = new LinkedHashMap<>(t.indexes());
            indexes.put(index.name(), index);
            return new TableState(t.name(), t.comment(), t.columns(), t.constraints(), indexes);
        });
        relations.put(index.name(), "i");
    }

    void plannedIndexGone(String name) {
        IndexState index = index(name);
        relations.remove(name);
        if (index != null) {
            update(index.table(), t -> {
                Map<String, IndexState> indexes = new LinkedHashMap<>(t.indexes());
                indexes.remove(name);
                return new TableState(t.name(), t.comment(), t.columns(), t.constraints(), indexes);
            });
        }
    }

    void plannedEnum(String type, List<String> labels) {
        fresh();
        enums.put(type, List.copyOf(labels));
    }

    void plannedSequence(SequenceState sequence) {
        fresh();
        sequences.put(sequence.name(), sequence);
        relations.put(sequence.name(), "S");
    }

    void plannedSequenceGone(String name) {
        fresh();
        sequences.remove(name);
        relations.remove(name);
    }

    private void update(String table, java.util.function.UnaryOperator<TableState> change) {
        fresh();
        TableState existing = tables.get(table);
        if (existing != null) {
            tables.put(table, change.apply(existing));
        }
    }

    /** The tables' details are read again before their next use; names of relations, types and sequences too. */
    void changed(String... tableNames) {
        staleTables.addAll(List.of(tableNames));
        if (staleTables.isEmpty()) {
            allStale = true;
        }
    }

    /** Everything is read again before its next use (after a failure whose effect is unknown). */
    void changedEverything() {
        allStale = true;
    }

    private void fresh() {
        if (!loaded || allStale) {
            read(null);
            loaded = true;
            allStale = false;
            staleTables.clear();
        } else if (!staleTables.isEmpty()) {
            List<String> names = new ArrayList<>(staleTables);
            read(names);
            staleTables.clear();
        }
    }

    private void read(Collection<String> only) {
        String json;
        try {
            json = statements.query("read catalog", () -> {
                try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                    statement.setString(1, requestedSchema);
                    Array filter = only == null ? null : connection.createArrayOf("text", only.toArray());
                    statement.setArray(2, filter);
                    statement.setArray(3, filter);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getString(1);
                    }
                }
            }, QUERY);
        } finally {
            reads++;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable catalog document", e);
        }
        if (root.get("schema").isNull()) {
            throw new MigrationException("schema " + (requestedSchema == null ? "(current)" : requestedSchema)
                    + " does not exist");
        }
        schema = root.get("schema").asText();
        currentSchema = text(root.get("currentSchema"));
        Map<String, String> newRelations = new HashMap<>();
        root.get("relations").fields().forEachRemaining(e -> newRelations.put(e.getKey(), e.getValue().asText()));
        relations = newRelations;
        Map<String, List<String>> newEnums = new HashMap<>();
        root.get("enums").fields().forEachRemaining(e -> newEnums.put(e.getKey(), strings(e.getValue())));
        enums = newEnums;
        typeNames = Set.copyOf(strings(root.get("types")));
        Map<String, SequenceState> newSequences = new HashMap<>();
        for (JsonNode s : root.get("sequences")) {
            newSequences.put(s.get("name").asText(), new SequenceState(s.get("name").asText(), s.get("type").asText(),
                    s.get("start").asLong(), s.get("increment").asLong(), s.get("min").asLong(), s.get("max").asLong(),
                    s.get("cache").asLong(), s.get("cycle").asBoolean(), text(s.get("ownedBy"))));
        }
        sequences = newSequences;
        if (only == null) {
            tables.clear();
        } else {
            only.forEach(tables::remove);
        }
        for (JsonNode t : root.get("tables")) {
            TableState table = table(t);
            tables.put(table.name(), table);
        }
    }

    private static TableState table(JsonNode t) {
        Map<String, ColumnState> columns = new LinkedHashMap<>();
        for (JsonNode c : t.get("columns")) {
            columns.put(c.get("name").asText(), new ColumnState(c.get("name").asText(), c.get("type").asText(),
                    c.get("notNull").asBoolean(), text(c.get("default")), text(c.get("comment"))));
        }
        Map<String, ConstraintState> constraints = new LinkedHashMap<>();
        for (JsonNode k : t.get("constraints")) {
            constraints.put(k.get("name").asText(), new ConstraintState(k.get("name").asText(), k.get("type").asText().charAt(0),
                    k.get("definition").asText(), k.get("validated").asBoolean(), strings(k.get("columns")),
                    text(k.get("refSchema")), text(k.get("refTable")), strings(k.get("refColumns")),
                    action(text(k.get("onDelete"))), action(text(k.get("onUpdate")))));
        }
        Map<String, IndexState> indexes = new LinkedHashMap<>();
        String tableName = t.get("name").asText();
        for (JsonNode i : t.get("indexes")) {
            indexes.put(i.get("name").asText(), new IndexState(i.get("name").asText(), tableName,
                    i.get("unique").asBoolean(), i.get("valid").asBoolean(), i.get("method").asText(), strings(i.get("keys")),
                    text(i.get("predicate")), i.get("definition").asText(), text(i.get("constraint"))));
        }
        return new TableState(tableName, text(t.get("comment")), columns, constraints, indexes);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return List.copyOf(values);
    }

    private static String action(String code) {
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

    /** A table as the catalog has it. */
    record TableState(String name, String comment, Map<String, ColumnState> columns,
                      Map<String, ConstraintState> constraints, Map<String, IndexState> indexes) {

        ColumnState column(String column) {
            return columns.get(column);
        }

        ConstraintState constraint(String constraint) {
            return constraints.get(constraint);
        }

        IndexState index(String index) {
            return indexes.get(index);
        }

        ConstraintState primaryKey() {
            return constraints.values().stream().filter(c -> c.type() == 'p').findFirst().orElse(null);
        }
    }

    /** A column: type as {@code format_type} prints it, default as {@code pg_get_expr} prints it. */
    record ColumnState(String name, String type, boolean notNull, String defaultExpression, String comment) {

        String describe() {
            return type + (notNull ? " NOT NULL" : " NULL") + (defaultExpression == null ? "" : " DEFAULT " + defaultExpression);
        }
    }

    /** A constraint; {@code type} is pg_constraint.contype. */
    record ConstraintState(String name, char type, String definition, boolean validated, List<String> columns,
                           String refSchema, String refTable, List<String> refColumns, String onDelete,
                           String onUpdate) {

        String kind() {
            return switch (type) {
                case 'p' -> "primary key";
                case 'u' -> "unique constraint";
                case 'f' -> "foreign key";
                case 'c' -> "check constraint";
                case 'x' -> "exclusion constraint";
                default -> "constraint";
            };
        }
    }

    /** An index; {@code constraint} names the constraint it backs, if any. */
    record IndexState(String name, String table, boolean unique, boolean valid, String method, List<String> keys,
                      String predicate, String definition, String constraint) {

        /** {@code btree (email) WHERE (deleted_at IS NULL)}: everything after {@code USING} in its definition. */
        String shape() {
            return shapeOf(definition);
        }

        static String shapeOf(String definition) {
            int using = definition.indexOf(" USING ");
            return using < 0 ? definition : definition.substring(using + " USING ".length());
        }
    }

    /** A sequence with its parameters. */
    record SequenceState(String name, String type, long start, long increment, long min, long max, long cache,
                         boolean cycle, String ownedBy) {

        String describe() {
            return type + " START " + start + " INCREMENT " + increment + " MINVALUE " + min + " MAXVALUE " + max
                    + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE") + (ownedBy == null ? "" : " OWNED BY " + ownedBy);
        }
    }
}
