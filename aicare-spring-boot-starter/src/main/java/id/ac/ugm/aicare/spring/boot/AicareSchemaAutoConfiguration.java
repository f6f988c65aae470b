package id.ac.ugm.aicare.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * The AICare models in a Spring Boot service: the models' entities registered through their SPI,
 * the schema brought to them before the entity manager factory is built ({@code aicare.schema.*}),
 * the pool's server error details off, and, with the actuator, a health indicator and info.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(SchemaBootstrap.class)
@EnableConfigurationProperties(AicareSchemaProperties.class)
public final class AicareSchemaAutoConfiguration {

    /** The pool must be set before it opens a connection, so this applies to every pool whether or not the schema is run. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HikariDataSource.class)
    static class PoolConfiguration {

        @Bean
        static HikariServerErrorDetail aicareHikariServerErrorDetail() {
            return new HikariServerErrorDetail();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static class SchemaConfiguration {

        @Bean
        @ConditionalOnMissingBean
        AicareSchema aicareSchema(DataSource dataSource, AicareSchemaProperties properties, ResourceLoader resourceLoader) {
            return new AicareSchema(dataSource, properties, resourceLoader.getClassLoader());
        }

        @Bean
        @ConditionalOnMissingBean
        @Conditional(OnSchemaStartup.class)
        SchemaStartup aicareSchemaStartup(AicareSchema schema, AicareSchemaProperties properties) {
            return new SchemaStartup(schema, properties.getMode());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({LocalContainerEntityManagerFactoryBean.class, PersistenceManagedTypes.class})
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnMissingBean(LocalContainerEntityManagerFactoryBean.class)
    static class EntityConfiguration {

        @Bean
        @ConditionalOnMissingBean
        PersistenceManagedTypes aicarePersistenceManagedTypes(AicareSchema schema, BeanFactory beanFactory,
                ResourceLoader resourceLoader, ObjectProvider<ManagedClassNameFilter> filter) {
            return EntityTypes.of(schema.catalog(), beanFactory, resourceLoader, filter.getIfAvailable());
        }

        @Bean
        ModelNamingStrategy aicareModelNamingStrategy(Environment environment) {
            return new ModelNamingStrategy(environment);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class StatusConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SchemaStatusCache aicareSchemaStatusCache(AicareSchema schema, AicareSchemaProperties properties) {
            return new SchemaStatusCache(schema, properties.getStatusCacheFor(), Clock.systemUTC());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnEnabledHealthIndicator("aicare")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "aicareHealthIndicator")
        HealthIndicator aicareHealthIndicator(SchemaStatusCache status) {
            return new SchemaHealthIndicator(status);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnBooleanProperty(name = "management.info.aicare.enabled", matchIfMissing = true)
    static class InfoConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "aicareInfoContributor")
        InfoContributor aicareInfoContributor(SchemaStatusCache status) {
            return new SchemaInfoContributor(status);
        }
    }
}
