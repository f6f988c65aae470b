package id.ac.ugm.aicare.schema.engine.model;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.catalog.PostgresNamingStrategy;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

/**
 * Hibernate's boot model of every entity in a {@link ModelCatalog}, built offline (no connection,
 * no JDBC metadata access), plus what the DDL needs that Hibernate does not keep: which module
 * owns a table, and which Java field declared each column, in declaration order.
 */
public final class ModelMetadata {

    private final Metadata metadata;
    private final Map<String, List<EntityTable>> tablesByModule;
    private final List<String> moduleNames;

    private ModelMetadata(Metadata metadata, Map<String, List<EntityTable>> tablesByModule, List<String> moduleNames) {
        this.metadata = metadata;
        this.tablesByModule = tablesByModule;
        this.moduleNames = moduleNames;
    }

    /** One entity and its primary table, with the table's columns in declaration order. */
    public record EntityTable(String module, Class<?> entityClass, PersistentClass persistentClass, Table table,
                              List<MappedColumn> columns) {
        public String name() {
            return table.getName();
        }
    }

    /** A column and the field that declared it first. */
    public record MappedColumn(Column column, Field field) {
    }

    /** Builds the boot model; {@code ModelSchema.of(catalog).metadata()} keeps one per catalog. */
    public static ModelMetadata build(ModelCatalog catalog) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                .applySetting("jakarta.persistence.database-major-version", "16")
                .applySetting("jakarta.persistence.database-minor-version", "0")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.implicit_naming_strategy", PostgresNamingStrategy.class.getName())
                .build();
        Metadata metadata;
        try {
            MetadataSources sources = new MetadataSources(registry);
            catalog.entityClasses().forEach(sources::addAnnotatedClass);
            metadata = sources.buildMetadata();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ModelMappingException("Cannot map the models: " + firstLine(e), e);
        }
        Map<Class<?>, PersistentClass> byClass = new IdentityHashMap<>();
        for (PersistentClass persistentClass : metadata.getEntityBindings()) {
            byClass.put(persistentClass.getMappedClass(), persistentClass);
        }
        Map<String, List<EntityTable>> tablesByModule = new LinkedHashMap<>();
        Set<String> seenTables = new LinkedHashSet<>();
        for (ModelModule module : catalog.modules()) {
            List<EntityTable> tables = new ArrayList<>();
            for (Class<?> entityClass : module.entityClasses()) {
                PersistentClass persistentClass = byClass.get(entityClass);
                if (persistentClass == null) {
                    throw new ModelMappingException("Module " + module.name() + " lists " + entityClass.getName()
                            + ", which is not an @Entity");
                }
                Table table = persistentClass.getTable();
                if (!seenTables.add(table.getName())) {
                    throw new ModelMappingException("Table " + table.getName() + " is mapped by more than one entity ("
                            + entityClass.getName() + " among them)");
                }
                tables.add(new EntityTable(module.name(), entityClass, persistentClass, table,
                        columnsInDeclarationOrder(entityClass, persistentClass, table)));
            }
            tables.sort((a, b) -> a.name().compareTo(b.name()));
            tablesByModule.put(module.name(), Collections.unmodifiableList(tables));
        }
        return new ModelMetadata(metadata, tablesByModule, catalog.moduleNames());
    }

    /** Hibernate's boot model. */
    public Metadata hibernate() {
        return metadata;
    }

    public List<String> moduleNames() {
        return moduleNames;
    }

    /** The tables of a module, sorted by name. */
    public List<EntityTable> tables(String module) {
        return tablesByModule.getOrDefault(module, List.of());
    }

    /** Every table of every module, module by module. */
    public List<EntityTable> allTables() {
        List<EntityTable> all = new ArrayList<>();
        tablesByModule.values().forEach(all::addAll);
        return all;
    }

    /**
     * Hibernate orders properties alphabetically; the schema wants the order in which the fields
     * are written, superclass fields first. Each column is placed where the first field mapping it
     * was declared (a basic id column and a read-only association share one column).
     */
    private static List<MappedColumn> columnsInDeclarationOrder(Class<?> entityClass, PersistentClass persistentClass,
                                                                Table table) {
        Map<String, Property> properties = new LinkedHashMap<>();
        if (persistentClass.getIdentifierProperty() != null) {
            properties.put(persistentClass.getIdentifierProperty().getName(), persistentClass.getIdentifierProperty());
        }
        for (Property property : persistentClass.getPropertyClosure()) {
            properties.put(property.getName(), property);
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass()) {
            hierarchy.add(0, type);
        }
        Map<String, MappedColumn> ordered = new LinkedHashMap<>();
        for (Class<?> type : hierarchy) {
            for (Field field : type.getDeclaredFields()) {
                Property property = properties.get(field.getName());
                if (property == null) {
                    continue;
                }
                for (Column column : property.getColumns()) {
                    if (column.getValue() != null && column.getValue().getTable() != null
                            && column.getValue().getTable() != table) {
                        continue; // a column of a join or collection table
                    }
                    ordered.putIfAbsent(column.getName(), new MappedColumn(column, field));
                }
            }
        }
        for (Column column : table.getColumns()) {
            if (!ordered.containsKey(column.getName())) {
                throw new ModelMappingException("Entity " + entityClass.getName() + ": column " + table.getName() + "."
                        + column.getName() + " is not declared by any field");
            }
        }
        List<MappedColumn> columns = new ArrayList<>();
        for (MappedColumn column : ordered.values()) {
            if (table.getColumns().contains(column.column())) {
                columns.add(column);
            }
        }
        return Collections.unmodifiableList(columns);
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        String message = e.getMessage();
        while ((message == null || message.isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
            message = cause.getMessage();
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
