package id.ac.ugm.aicare.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link SchemaStartup} initialises the database, so that every bean that depends
 * on database initialization (the entity manager factory, {@code JdbcTemplate}s...) is created after
 * it. Its order puts it before Boot's Flyway (1) and SQL scripts, so that a service's own Flyway or
 * {@code schema.sql}, when kept, sees the models' tables.
 */
class SchemaStartupDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    static final int ORDER = 0;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaStartup.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
