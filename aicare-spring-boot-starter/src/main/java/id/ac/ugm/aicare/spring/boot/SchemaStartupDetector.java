package id.ac.ugm.aicare.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link SchemaStartup} initialises the database, so that every bean that depends
 * on database initialization (the entity manager factory, {@code JdbcTemplate}s...) is created after
 * it. Its order puts it before every detector of Boot's (Flyway's are 0 and 1, SQL scripts'
 * {@code LOWEST_PRECEDENCE - 100}): Boot makes each batch of initializers wait for the one before,
 * so a service's own Flyway or {@code schema.sql}, when kept, runs after the models' tables exist.
 */
class SchemaStartupDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    static final int ORDER = -100;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaStartup.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
