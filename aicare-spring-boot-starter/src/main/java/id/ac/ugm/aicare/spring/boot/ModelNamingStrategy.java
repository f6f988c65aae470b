package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.model.core.catalog.PostgresNamingStrategy;
import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;

/**
 * Gives Boot's Hibernate the models' implicit naming strategy ({@link PostgresNamingStrategy}, the
 * one {@code ModelCatalog.persistenceConfiguration} sets), instead of Boot's
 * {@code SpringImplicitNamingStrategy}: the constraints the models leave unnamed then get the names
 * PostgreSQL gives them, as in the schema {@code init} creates. A strategy the service names itself
 * is kept.
 */
final class ModelNamingStrategy implements HibernatePropertiesCustomizer {

    static final String HIBERNATE_PROPERTY = "hibernate.implicit_naming_strategy";
    private static final String[] SERVICE_CHOICES = {
            "spring.jpa.hibernate.naming.implicit-strategy", "spring.jpa.properties." + HIBERNATE_PROPERTY};

    private final Environment environment;

    ModelNamingStrategy(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        for (String choice : SERVICE_CHOICES) {
            if (environment.containsProperty(choice)) {
                return;
            }
        }
        hibernateProperties.put(HIBERNATE_PROPERTY, PostgresNamingStrategy.class.getName());
    }
}
