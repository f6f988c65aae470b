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
import id.ac.ugm.aicare.schema.catalog.internal.CatalogQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link SchemaSnapshot} of one schema from pg_catalog in one query, whatever the number
 * of tables: tables (with their row-level security flags), columns, constraints, indexes, triggers,
 * rules, policies, enum types, sequences. The query is the one the migration helpers read the
 * catalog with, so both see the same catalog.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** Snapshot of the {@code public} schema. */
    public static SchemaSnapshot read(Connection connection) throws SQLException {
        return read(connection, "public");
    }

    /** Snapshot of one schema. */
    public static SchemaSnapshot read(Connection connection, String schema) throws SQLException {
        CatalogQuery.Catalog catalog = CatalogQuery.read(connection, schema, null, CatalogQuery.Scope.SNAPSHOT);
        Map<String, TableSnapshot> tables = new TreeMap<>();
        for (CatalogQuery.Table table : catalog.tables()) {
            tables.put(table.name(), snapshot(table, catalog.qualifier()));
        }
        Map<String, List<String>> enums = new TreeMap<>();
        // A type without labels is an enum nobody can use yet; a snapshot compares the ones with labels.
        catalog.enums().forEach((name, labels) -> {
            if (!labels.isEmpty()) {
                enums.put(name, labels);
            }
        });
        Map<String, SequenceSnapshot> sequences = new TreeMap<>();
        catalog.sequences().forEach(sequence -> sequences.put(sequence.name(),
                new SequenceSnapshot(sequence.name(), sequence.type(), sequence.ownedBy())));
        return new SchemaSnapshot(schema, new TreeMap<>(tables), new TreeMap<>(enums), new TreeMap<>(sequences));
    }

    private static TableSnapshot snapshot(CatalogQuery.Table read, String qualifier) {
        TableParts table = new TableParts(read.comment(), new RowSecurity(read.rowSecurity(), read.forceRowSecurity()));
        int position = 0;
        for (CatalogQuery.Column column : read.columns()) {
            table.columns.add(new ColumnSnapshot(column.name(), ++position, column.type(), column.notNull(),
                    column.defaultExpression(), column.comment(), column.identity()));
        }
        for (CatalogQuery.Constraint constraint : read.constraints()) {
            String name = constraint.name();
            switch (constraint.type()) {
                case 'p' -> table.primaryKey = new KeySnapshot(name, constraint.columns(), constraint.definition());
                case 'u' -> table.uniques.add(new KeySnapshot(name, constraint.columns(), constraint.definition()));
                case 'c' -> table.checks.add(new CheckSnapshot(name, constraint.definition(), constraint.validated()));
                case 'f' -> table.foreignKeys.add(new ForeignKeySnapshot(name, constraint.columns(), constraint.refTable(),
                        constraint.refColumns(), CatalogQuery.action(constraint.onDelete()),
                        CatalogQuery.action(constraint.onUpdate()), constraint.validated()));
                default -> {
                    // exclusion constraints are not part of a snapshot
                }
            }
        }
        for (CatalogQuery.Index index : read.indexes()) {
            if (index.constraint() == null) {
                table.indexes.add(new IndexSnapshot(index.name(), index.unique(), index.method(), index.keys(),
                        index.predicate(), index.valid(), index.definition()));
            }
        }
        read.triggers().forEach(trigger -> table.triggers.add(new TriggerSnapshot(trigger.name(),
                oneLine(trigger.definition(), qualifier), trigger.enabled())));
        read.rules().forEach(rule -> table.rules.add(new RuleSnapshot(rule.name(), oneLine(rule.definition(), qualifier),
                rule.enabled())));
        read.policies().forEach(policy -> table.policies.add(new PolicySnapshot(policy.name(), policy.definition())));
        return table.build(read.name());
    }

    /**
     * A definition as one line, without the schema before the table's name ({@code "schema".}, as
     * PostgreSQL prefixes it in trigger and rule definitions), so that the same trigger reads the
     * same in the live schema and in a scratch one.
     */
    private static String oneLine(String definition, String qualifier) {
        return definition.replace(qualifier, "").replaceAll("\\s+", " ").strip();
    }

    /** A table being assembled from what was read. */
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
