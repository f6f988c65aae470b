package id.ac.ugm.aicare.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Sets the PostgreSQL driver's {@code logServerErrorDetail=false} on every Hikari pool before it
 * opens a connection: the server's DETAIL line quotes row values ("Key (email)=(...) already
 * exists"), which would otherwise reach exception messages and logs. A value the service sets
 * itself ({@code spring.datasource.hikari.data-source-properties.logServerErrorDetail}) is kept.
 */
final class HikariServerErrorDetail implements BeanPostProcessor {

    static final String PROPERTY = "logServerErrorDetail";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "false");
        }
        return bean;
    }
}
