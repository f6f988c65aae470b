package id.ac.ugm.aicare.schema.migration;

import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the helpers know of one schema: a cache over {@link CatalogQuery} (the reader that schema
 * snapshots use too), read in a single query and kept until a helper changes something. A
 * migration of many operations therefore costs one catalog round trip for all its checks, plus one
 * refresh of the tables it actually changed.
 */
final class LiveCatalog {

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
        CatalogQuery.Catalog read;
        try {
            read = statements.query("read catalog",
                    () -> CatalogQuery.read(connection, requestedSchema, only, CatalogQuery.Scope.HELPERS),
                    CatalogQuery.sql(CatalogQuery.Scope.HELPERS));
        } finally {
            reads++;
        }
        if (read.schema() == null) {
            throw new MigrationException("schema " + (requestedSchema == null ? "(current)" : requestedSchema)
                    + " does not exist");
        }
        schema = read.schema();
        currentSchema = read.currentSchema();
        relations = new HashMap<>(read.relations());
        enums = new HashMap<>(read.enums());
        typeNames = read.typeNames();
        Map<String, SequenceState> newSequences = new HashMap<>();
        for (CatalogQuery.Sequence s : read.sequences()) {
            newSequences.put(s.name(), new SequenceState(s.name(), s.type(), s.start(), s.increment(), s.min(), s.max(),
                    s.cache(), s.cycle(), s.ownedBy()));
        }
        sequences = newSequences;
        if (only == null) {
            tables.clear();
        } else {
            only.forEach(tables::remove);
        }
        for (CatalogQuery.Table t : read.tables()) {
            TableState table = table(t);
            tables.put(table.name(), table);
        }
    }

    private static TableState table(CatalogQuery.Table t) {
        Map<String, ColumnState> columns = new LinkedHashMap<>();
        for (CatalogQuery.Column c : t.columns()) {
            columns.put(c.name(), new ColumnState(c.name(), c.type(), c.notNull(), c.defaultExpression(), c.comment()));
        }
        Map<String, ConstraintState> constraints = new LinkedHashMap<>();
        for (CatalogQuery.Constraint k : t.constraints()) {
            constraints.put(k.name(), new ConstraintState(k.name(), k.type(), k.definition(), k.validated(), k.columns(),
                    k.refSchema(), k.refTable(), k.refColumns(), CatalogQuery.action(k.onDelete()),
                    CatalogQuery.action(k.onUpdate())));
        }
        Map<String, IndexState> indexes = new LinkedHashMap<>();
        for (CatalogQuery.Index i : t.indexes()) {
            indexes.put(i.name(), new IndexState(i.name(), t.name(), i.unique(), i.valid(), i.method(), i.keys(),
                    i.predicate(), i.definition(), i.constraint()));
        }
        return new TableState(t.name(), t.comment(), columns, constraints, indexes);
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
