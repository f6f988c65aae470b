package id.ac.ugm.aicare.schema.bootstrap.erd;

import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata.EntityTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * What an ER diagram shows, read from the models' boot metadata (no database): the tables of some
 * modules with their key columns, the foreign keys between them, and by name only the tables of
 * other modules they point to. Everything is sorted, so the same models give the same diagram.
 *
 * @param tables   the drawn tables, by name
 * @param elsewhere tables of other modules that a drawn table points to, by name
 * @param links    the foreign keys, by table and then columns
 */
public record EntityDiagram(List<DiagramTable> tables, Set<String> elsewhere, List<Link> links) {

    /** A drawn table and its key columns, primary key first, in the order the table declares them. */
    public record DiagramTable(String name, String module, List<KeyColumn> keyColumns) {
    }

    /** A column that is part of the primary key or of a foreign key. */
    public record KeyColumn(String name, String type, boolean primaryKey, boolean foreignKey) {
        /** {@code PK}, {@code FK} or {@code PK, FK}, as both notations mark keys. */
        public String markers() {
            if (primaryKey && foreignKey) {
                return "PK, FK";
            }
            return primaryKey ? "PK" : "FK";
        }
    }

    /**
     * A foreign key from {@code table} to {@code referencedTable}.
     *
     * @param optional the referencing columns may be null (a row need not point anywhere)
     * @param atMostOne the referencing columns are unique, so a referenced row has at most one such row
     */
    public record Link(String table, List<String> columns, String referencedTable, boolean optional,
                       boolean atMostOne) {
    }

    /** The diagram of these modules' tables (every module when {@code modules} is empty). */
    public static EntityDiagram of(ModelMetadata metadata, Collection<String> modules) {
        Set<String> wanted = modules.isEmpty() ? new LinkedHashSet<>(metadata.moduleNames()) : Set.copyOf(modules);
        List<EntityTable> entityTables = metadata.allTables().stream()
                .filter(table -> wanted.contains(table.module()))
                .sorted(Comparator.comparing(EntityTable::name))
                .toList();
        Set<String> drawn = new TreeSet<>();
        entityTables.forEach(table -> drawn.add(table.name()));
        List<DiagramTable> tables = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<String> elsewhere = new TreeSet<>();
        for (EntityTable entityTable : entityTables) {
            Table table = entityTable.table();
            tables.add(new DiagramTable(table.getName(), entityTable.module(), keyColumns(entityTable, metadata.hibernate())));
            for (ForeignKey foreignKey : sortedForeignKeys(table)) {
                String referenced = foreignKey.getReferencedTable().getName();
                if (!drawn.contains(referenced)) {
                    elsewhere.add(referenced);
                }
                List<String> columns = foreignKey.getColumns().stream().map(Column::getName).toList();
                boolean optional = foreignKey.getColumns().stream().anyMatch(Column::isNullable);
                links.add(new Link(table.getName(), columns, referenced, optional, isUnique(table, columns)));
            }
        }
        links.sort(Comparator.comparing(Link::table).thenComparing(link -> String.join(",", link.columns()))
                .thenComparing(Link::referencedTable));
        return new EntityDiagram(List.copyOf(tables), elsewhere, List.copyOf(links));
    }

    private static List<KeyColumn> keyColumns(EntityTable entityTable, Metadata metadata) {
        Table table = entityTable.table();
        Set<String> primary = new LinkedHashSet<>();
        if (table.getPrimaryKey() != null) {
            table.getPrimaryKey().getColumns().forEach(column -> primary.add(column.getName()));
        }
        Set<String> foreign = new LinkedHashSet<>();
        table.getForeignKeyCollection().forEach(key -> key.getColumns().forEach(column -> foreign.add(column.getName())));
        List<KeyColumn> keys = new ArrayList<>();
        for (Column column : table.getColumns()) {
            String name = column.getName();
            if (primary.contains(name) || foreign.contains(name)) {
                keys.add(new KeyColumn(name, baseType(column, metadata), primary.contains(name), foreign.contains(name)));
            }
        }
        keys.sort(Comparator.comparing((KeyColumn key) -> !key.primaryKey())
                .thenComparing(key -> declaredPosition(entityTable, key.name())));
        return List.copyOf(keys);
    }

    private static int declaredPosition(EntityTable entityTable, String column) {
        for (int i = 0; i < entityTable.columns().size(); i++) {
            if (entityTable.columns().get(i).column().getName().equals(column)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The type's first word without length or precision ({@code varchar}, {@code timestamp}), for a picture. */
    private static String baseType(Column column, Metadata metadata) {
        String type = column.getSqlType(metadata).toLowerCase(Locale.ROOT);
        int cut = type.length();
        for (char stop : new char[] {'(', ' '}) {
            int at = type.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return type.substring(0, cut);
    }

    private static List<ForeignKey> sortedForeignKeys(Table table) {
        List<ForeignKey> keys = new ArrayList<>(table.getForeignKeyCollection());
        keys.sort(Comparator.comparing(key -> key.getColumns().stream().map(Column::getName).toList().toString()));
        return keys;
    }

    private static boolean isUnique(Table table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (table.getPrimaryKey() != null && columnNames(table.getPrimaryKey().getColumns()).equals(wanted)) {
            return true;
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (columnNames(key.getColumns()).equals(wanted)) {
                return true;
            }
        }
        // A one-column unique constraint Hibernate keeps on the column itself (@Column(unique = true)).
        return columns.size() == 1 && table.getColumns().stream()
                .anyMatch(column -> column.getName().equals(columns.get(0)) && column.isUnique());
    }

    private static Set<String> columnNames(List<Column> columns) {
        Set<String> names = new TreeSet<>();
        columns.forEach(column -> names.add(column.getName()));
        return names;
    }
}
