package id.ac.ugm.aicare.schema.engine.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.model.core.schema.IndexMethod;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.schema.engine.model.ModelMappingException;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata.EntityTable;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata.MappedColumn;
import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import id.ac.ugm.aicare.schema.migration.RenderedTable;
import id.ac.ugm.aicare.sql.SqlFragments;
import id.ac.ugm.aicare.sql.ddl.AddForeignKey;
import id.ac.ugm.aicare.sql.ddl.Check;
import id.ac.ugm.aicare.sql.ddl.ColumnDefinition;
import id.ac.ugm.aicare.sql.ddl.CommentOn;
import id.ac.ugm.aicare.sql.ddl.CreateEnumType;
import id.ac.ugm.aicare.sql.ddl.CreateIndex;
import id.ac.ugm.aicare.sql.ddl.CreateTable;
import id.ac.ugm.aicare.sql.ddl.KeyConstraint;
import id.ac.ugm.aicare.sql.ddl.TableElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Renders the PostgreSQL schema of the models from Hibernate's boot model. Hibernate's own DDL
 * export is not used because the schema must be reproduced exactly: native enum types with ordered
 * labels, columns in declaration order, {@code serial} keys, PostgreSQL's default constraint names,
 * unique indexes that stay indexes, escaped comments and index access methods.
 */
public final class DdlRenderer {

    private final ModelMetadata metadata;
    private final Map<String, List<String>> enumTypeNames = new HashMap<>();

    public DdlRenderer(ModelMetadata metadata) {
        this.metadata = metadata;
    }

    /** The models this renderer renders. */
    ModelMetadata metadata() {
        return metadata;
    }

    public SchemaScript render() {
        List<ModuleSchema> modules = new ArrayList<>();
        Map<String, EnumType> enumsSoFar = new HashMap<>();
        for (String module : metadata.moduleNames()) {
            List<EntityTable> tables = metadata.tables(module);
            Map<String, String> introduced = enumTypes(tables, enumsSoFar);
            enumTypeNames.put(module, List.copyOf(introduced.keySet()));
            List<String> enumTypes = List.copyOf(introduced.values());
            List<TableSchema> tableSchemas = new ArrayList<>();
            List<String> foreignKeys = new ArrayList<>();
            for (EntityTable table : tables) {
                tableSchemas.add(table(table));
                foreignKeys.addAll(foreignKeys(table));
            }
            modules.add(new ModuleSchema(module, enumTypes, tableSchemas, foreignKeys));
        }
        return new SchemaScript(modules);
    }

    /** An enum type with its labels and the field that introduced it (for error messages). */
    private record EnumType(String name, List<String> labels, String declaredBy) {
    }

    /**
     * The names of the enum types each module introduced in the last {@link #render()}, in the order
     * of that module's {@code enumTypes} statements (the build-time schema files keep them by name).
     */
    public List<String> enumTypeNames(String module) {
        return enumTypeNames.getOrDefault(module, List.of());
    }

    /** The enum types first used by these tables, by name (sorted); the same name must mean the same labels. */
    private static Map<String, String> enumTypes(List<EntityTable> tables, Map<String, EnumType> known) {
        Map<String, EnumType> introduced = new TreeMap<>();
        for (EntityTable table : tables) {
            for (MappedColumn column : table.columns()) {
                Class<?> type = column.field().getType();
                if (!PgEnums.isPgEnum(type)) {
                    continue;
                }
                EnumType candidate = new EnumType(PgEnums.typeName(type), PgEnums.labels(type),
                        table.entityClass().getSimpleName() + "." + column.field().getName());
                EnumType existing = known.putIfAbsent(candidate.name(), candidate);
                if (existing == null) {
                    introduced.put(candidate.name(), candidate);
                } else if (!existing.labels().equals(candidate.labels())) {
                    throw new ModelMappingException("Enum type " + candidate.name() + " has labels "
                            + existing.labels() + " for " + existing.declaredBy() + " but " + candidate.labels()
                            + " for " + candidate.declaredBy());
                }
            }
        }
        Map<String, String> statements = new LinkedHashMap<>();
        introduced.values().forEach(type -> statements.put(type.name(),
                new CreateEnumType(type.name(), type.labels()).sql()));
        return statements;
    }

    private TableSchema table(EntityTable entity) {
        RenderedTable rendered = renderedTable(entity);
        return new TableSchema(rendered.name(), entity.columns().size(), rendered.createTable().sql(),
                rendered.comments().stream().map(CommentOn::sql).toList(),
                rendered.indexes().stream().map(CreateIndex::sql).toList());
    }

    /** One entity's table as statements that carry their names: its CREATE TABLE, comments and indexes. */
    RenderedTable renderedTable(EntityTable entity) {
        Table table = entity.table();
        List<TableElement> lines = new ArrayList<>();
        for (MappedColumn mapped : entity.columns()) {
            lines.add(columnDefinition(entity, mapped));
        }
        List<String> primaryKey = table.hasPrimaryKey()
                ? table.getPrimaryKey().getColumns().stream().map(Column::getName).toList() : List.of();
        if (!primaryKey.isEmpty()) {
            lines.add(KeyConstraint.primaryKey(PostgresDefaultNames.primaryKey(table.getName()), primaryKey));
        }
        Set<String> uniqueIndexNames = uniqueIndexNames(entity.entityClass());
        Set<List<String>> uniqueColumnSets = new LinkedHashSet<>();
        // A column Hibernate marks unique (e.g. the target of a foreign key to a non-key column) needs no
        // constraint of its own when a declared unique index already covers it.
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (uniqueIndexNames.contains(key.getName())) {
                uniqueColumnSets.add(key.getColumns().stream().map(Column::getName).toList());
            }
        }
        List<TableElement> uniqueConstraints = new ArrayList<>();
        for (MappedColumn mapped : entity.columns()) {
            Column column = mapped.column();
            if (column.isUnique() && !primaryKey.equals(List.of(column.getName()))
                    && uniqueColumnSets.add(List.of(column.getName()))) {
                uniqueConstraints.add(KeyConstraint.unique(
                        PostgresDefaultNames.uniqueKey(table.getName(), List.of(column.getName())), List.of(column.getName())));
            }
        }
        List<CreateIndex> indexes = new ArrayList<>();
        Map<String, String> methods = indexMethods(entity.entityClass());
        for (UniqueKey key : sortedByName(table.getUniqueKeys().values(), UniqueKey::getName)) {
            List<String> columns = key.getColumns().stream().map(Column::getName).toList();
            if (uniqueIndexNames.contains(key.getName())) {
                indexes.add(createIndex(true, key.getName(), table.getName(), methods.get(key.getName()), columns,
                        key.getColumnOrderMap()));
            } else if (uniqueColumnSets.add(columns) && !columns.equals(primaryKey)) {
                uniqueConstraints.add(KeyConstraint.unique(key.getName(), columns));
            }
        }
        lines.addAll(uniqueConstraints);
        List<CheckConstraint> checks = new ArrayList<>(table.getChecks());
        for (MappedColumn mapped : entity.columns()) {
            for (CheckConstraint check : mapped.column().getCheckConstraints()) {
                // Hibernate adds an anonymous label check to enum columns; a native enum type already is one.
                if (check.isNamed() || !PgEnums.isPgEnum(mapped.field().getType())) {
                    checks.add(check);
                }
            }
        }
        for (CheckConstraint check : sortedByName(checks, c -> c.getName() == null ? "" : c.getName())) {
            lines.add(new Check(check.isNamed() ? check.getName() : null, modelFragment(entity,
                    () -> SqlFragments.expression(check.getConstraint(), "a check constraint of table " + table.getName()))));
        }
        for (Index index : sortedByName(table.getIndexes().values(), Index::getName)) {
            List<String> columns = index.getColumns().stream().map(Column::getName).toList();
            indexes.add(createIndex(index.isUnique(), index.getName(), table.getName(), methods.get(index.getName()),
                    columns, index.getColumnOrderMap()));
        }
        indexes.sort(Comparator.comparing(CreateIndex::name));
        for (String name : methods.keySet()) {
            if (indexes.stream().noneMatch(index -> index.name().equals(name))) {
                throw new ModelMappingException("Entity " + entity.entityClass().getName() + ": @IndexMethod names index "
                        + name + ", which its @Table does not declare");
            }
        }
        List<CommentOn> comments = new ArrayList<>();
        if (table.getComment() != null) {
            comments.add(CommentOn.table(table.getName(), table.getComment()));
        }
        for (MappedColumn mapped : entity.columns()) {
            if (mapped.column().getComment() != null) {
                comments.add(CommentOn.column(table.getName(), mapped.column().getName(), mapped.column().getComment()));
            }
        }
        return new RenderedTable(entity.entityClass().getSimpleName(), CreateTable.of(table.getName(), lines), comments,
                indexes);
    }

    private ColumnDefinition columnDefinition(EntityTable entity, MappedColumn mapped) {
        Column column = mapped.column();
        String type;
        try {
            type = ColumnTypes.typeOf(column, mapped.field(), metadata.hibernate());
        } catch (RuntimeException e) {
            throw new ModelMappingException("Entity " + entity.entityClass().getName() + ", field "
                    + mapped.field().getName() + ": cannot determine the column type: " + e.getMessage(), e);
        }
        String defaultExpression = column.getDefaultValue() == null ? null : modelFragment(entity,
                () -> SqlFragments.expression(column.getDefaultValue(),
                        "the default of column " + entity.table().getName() + "." + column.getName()));
        boolean primaryKeyColumn = entity.table().hasPrimaryKey()
                && entity.table().getPrimaryKey().getColumns().contains(column);
        return new ColumnDefinition(column.getName(), type, defaultExpression, !column.isNullable() || primaryKeyColumn);
    }

    private List<String> foreignKeys(EntityTable entity) {
        Table table = entity.table();
        Map<String, String> statements = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
            if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
                continue;
            }
            List<String> columns = foreignKey.getColumns().stream().map(Column::getName).toList();
            Table referenced = foreignKey.getReferencedTable();
            List<String> referencedColumns = foreignKey.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns().stream().map(Column::getName).toList()
                    : foreignKey.getReferencedColumns().stream().map(Column::getName).toList();
            if (!seen.add(columns + "->" + referenced.getName() + referencedColumns)) {
                continue; // the same link mapped twice, e.g. a basic id field and a read-only association
            }
            OnDeleteAction action = foreignKey.getOnDeleteAction();
            String onDelete = action == null || action == OnDeleteAction.NO_ACTION ? null
                    : action.toSqlString().toUpperCase(java.util.Locale.ROOT);
            statements.put(foreignKey.getName(), new AddForeignKey(table.getName(), foreignKey.getName(), columns,
                    referenced.getName(), referencedColumns, onDelete, null, false).sql());
        }
        return new ArrayList<>(statements.values());
    }

    private static CreateIndex createIndex(boolean unique, String name, String table, String method, List<String> columns,
                                           Map<Column, String> order) {
        List<String> keys = new ArrayList<>();
        for (String column : columns) {
            String direction = order == null ? null : order.entrySet().stream()
                    .filter(entry -> entry.getKey().getName().equals(column)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            keys.add(quote(column) + (direction == null || direction.isBlank() || direction.equalsIgnoreCase("asc")
                    ? "" : " " + direction.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return CreateIndex.on(name, table, unique, method, keys);
    }

    /** Names of the indexes that {@code @Table} declares with {@code unique = true}: they stay indexes. */
    private static Set<String> uniqueIndexNames(Class<?> entityClass) {
        jakarta.persistence.Table declaration = entityClass.getAnnotation(jakarta.persistence.Table.class);
        Set<String> names = new LinkedHashSet<>();
        if (declaration != null) {
            for (jakarta.persistence.Index index : declaration.indexes()) {
                if (index.unique() && !index.name().isEmpty()) {
                    names.add(index.name());
                }
            }
        }
        return names;
    }

    private static Map<String, String> indexMethods(Class<?> entityClass) {
        Map<String, String> methods = new TreeMap<>();
        for (IndexMethod method : entityClass.getAnnotationsByType(IndexMethod.class)) {
            if (!method.using().matches("[a-z_]+")) {
                throw new ModelMappingException("Entity " + entityClass.getName() + ": @IndexMethod for index "
                        + method.index() + " names an invalid access method '" + method.using() + "'");
            }
            methods.put(method.index(), method.using());
        }
        return methods;
    }

    /** A default or CHECK the model writes as SQL, checked like a migration's: a mapping error when it is not one expression. */
    private static String modelFragment(EntityTable entity, java.util.function.Supplier<String> checked) {
        try {
            return checked.get();
        } catch (IllegalArgumentException e) {
            throw new ModelMappingException("Entity " + entity.entityClass().getName() + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> sortedByName(java.util.Collection<T> items, java.util.function.Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name));
        return sorted;
    }
}
