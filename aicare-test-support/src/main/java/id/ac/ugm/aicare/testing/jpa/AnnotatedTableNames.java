package id.ac.ugm.aicare.testing.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table names the {@code @Table} annotations of a set of entity classes declare, for checking a
 * module's entity list against a schema (the engine's {@code EntityTables} is another thing: it
 * creates a table from an entity in a migration).
 */
public final class AnnotatedTableNames {

    private AnnotatedTableNames() {
    }

    /**
     * The table names of the classes, sorted. Each class must be an {@code @Entity} that names its
     * table in {@code @Table}; one that is not fails the test, naming the class.
     */
    public static Set<String> of(Collection<? extends Class<?>> entityClasses) {
        Set<String> tables = new TreeSet<>();
        for (Class<?> type : entityClasses) {
            Table table = type.getAnnotation(Table.class);
            if (!type.isAnnotationPresent(Entity.class) || table == null || table.name().isEmpty()) {
                throw new AssertionError(type.getName() + " is not an @Entity with a named @Table");
            }
            tables.add(table.name());
        }
        return tables;
    }
}
