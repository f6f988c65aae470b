package id.ac.ugm.aicare.schema.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What one PostgreSQL schema holds, as read from pg_catalog by {@link CatalogReader}: tables with
 * their columns, keys, constraints, indexes, triggers, rules, row-level security policies and flags,
 * enum types and sequences. Immutable and comparable
 * with {@link SchemaDiff}.
 *
 * @param schema    the schema name, usually {@code public}
 * @param tables    by table name
 * @param enumTypes labels in sort order, by type name
 * @param sequences by sequence name
 */
public record SchemaSnapshot(String schema, SortedMap<String, TableSnapshot> tables,
                             SortedMap<String, List<String>> enumTypes,
                             SortedMap<String, SequenceSnapshot> sequences) {

    public SchemaSnapshot {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
        enumTypes = Collections.unmodifiableSortedMap(new TreeMap<>(enumTypes));
        sequences = Collections.unmodifiableSortedMap(new TreeMap<>(sequences));
    }

    /** The table, or {@code null}. */
    public TableSnapshot table(String name) {
        return tables.get(name);
    }

    /** The same snapshot restricted to some tables (enum types and sequences kept whole). */
    public SchemaSnapshot onlyTables(Predicate<String> keep) {
        TreeMap<String, TableSnapshot> kept = new TreeMap<>();
        tables.forEach((name, table) -> {
            if (keep.test(name)) {
                kept.put(name, table);
            }
        });
        return new SchemaSnapshot(schema, kept, enumTypes, sequences);
    }

    /** The same snapshot restricted to the named tables. */
    public SchemaSnapshot onlyTables(Set<String> names) {
        return onlyTables(names::contains);
    }

    /**
     * One table. Lists are sorted by name, columns by position.
     *
     * @param triggers    user triggers (not the internal ones behind foreign keys)
     * @param rules       rewrite rules ({@code DO INSTEAD NOTHING} and the like)
     * @param rowSecurity whether row-level security is enabled and forced
     * @param policies    row-level security policies
     */
    public record TableSnapshot(String name, String comment, List<ColumnSnapshot> columns, KeySnapshot primaryKey,
                                List<KeySnapshot> uniqueConstraints, List<CheckSnapshot> checks,
                                List<ForeignKeySnapshot> foreignKeys, List<IndexSnapshot> indexes,
                                List<TriggerSnapshot> triggers, List<RuleSnapshot> rules, RowSecurity rowSecurity,
                                List<PolicySnapshot> policies) {

        public TableSnapshot {
            columns = List.copyOf(columns);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            checks = List.copyOf(checks);
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
            triggers = List.copyOf(triggers);
            rules = List.copyOf(rules);
            policies = List.copyOf(policies);
        }

        /** A table without triggers, rules or row-level security, as the models define every table. */
        public TableSnapshot(String name, String comment, List<ColumnSnapshot> columns, KeySnapshot primaryKey,
                             List<KeySnapshot> uniqueConstraints, List<CheckSnapshot> checks,
                             List<ForeignKeySnapshot> foreignKeys, List<IndexSnapshot> indexes) {
            this(name, comment, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, List.of(),
                    List.of(), RowSecurity.OFF, List.of());
        }

        /** The column, or {@code null}. */
        public ColumnSnapshot column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElse(null);
        }

        /** The non-constraint index, or {@code null}. */
        public IndexSnapshot index(String indexName) {
            return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst().orElse(null);
        }
    }

    /**
     * A column.
     *
     * @param position         1-based among the live columns (dropped columns do not count)
     * @param type             as {@code format_type} prints it
     * @param defaultExpression as {@code pg_get_expr} prints it, or {@code null}
     * @param identity         {@code a} (always), {@code d} (by default) or empty
     */
    public record ColumnSnapshot(String name, int position, String type, boolean notNull, String defaultExpression,
                                 String comment, String identity) {
    }

    /** A primary key or unique constraint. */
    public record KeySnapshot(String name, List<String> columns, String definition) {
        public KeySnapshot {
            columns = List.copyOf(columns);
        }
    }

    /** A check constraint with its {@code pg_get_constraintdef} text. */
    public record CheckSnapshot(String name, String definition, boolean validated) {
    }

    /** A foreign key; actions as PostgreSQL words ({@code CASCADE}, {@code SET NULL}, {@code NO ACTION}, ...). */
    public record ForeignKeySnapshot(String name, List<String> columns, String referencedTable,
                                     List<String> referencedColumns, String onDelete, String onUpdate,
                                     boolean validated) {
        public ForeignKeySnapshot {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /**
     * An index that does not back a constraint.
     *
     * @param keys      each key column or expression as {@code pg_get_indexdef} prints it
     * @param predicate the WHERE of a partial index, or {@code null}
     * @param valid     false for an index left INVALID by a failed concurrent build
     */
    public record IndexSnapshot(String name, boolean unique, String method, List<String> keys, String predicate,
                                boolean valid, String definition) {
        public IndexSnapshot {
            keys = List.copyOf(keys);
        }
    }

    /** A sequence and the column owning it ({@code table.column}), if any. */
    public record SequenceSnapshot(String name, String dataType, String ownedBy) {
    }

    /**
     * A user trigger.
     *
     * @param definition as {@code pg_get_triggerdef} prints it, without the table's schema
     */
    public record TriggerSnapshot(String name, String definition, boolean enabled) {
    }

    /**
     * A rewrite rule.
     *
     * @param definition as {@code pg_get_ruledef} prints it, without the table's schema
     */
    public record RuleSnapshot(String name, String definition, boolean enabled) {
    }

    /** {@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY}, and {@code FORCE} on top of it. */
    public record RowSecurity(boolean enabled, boolean forced) {
        public static final RowSecurity OFF = new RowSecurity(false, false);

        @Override
        public String toString() {
            return enabled ? (forced ? "enabled and forced" : "enabled") : (forced ? "forced but disabled" : "disabled");
        }
    }

    /**
     * A row-level security policy.
     *
     * @param definition {@code PERMISSIVE FOR SELECT TO {roles} USING (...) WITH CHECK (...)}
     */
    public record PolicySnapshot(String name, String definition) {
    }
}
