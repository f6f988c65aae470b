package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapConfiguration;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The service's schema as the {@code aicare.schema.*} properties describe it: the model modules,
 * the service lines and the lock timeout, over the application's data source. Every check of the
 * properties is made when this is built, before any SQL is sent. Inject it to ask for the
 * {@link #status()} or to run an operation of {@link #bootstrap()} yourself.
 */
public final class AicareSchema {

    private final SchemaBootstrap bootstrap;

    AicareSchema(DataSource dataSource, AicareSchemaProperties properties, ClassLoader classLoader) {
        ModelCatalog catalog = catalog(properties.getModules(), classLoader);
        List<ServiceLine> lines = new ArrayList<>(ServiceLines.discover(classLoader));
        for (Map.Entry<String, AicareSchemaProperties.ServiceLineProperties> line : properties.getServiceLines().entrySet()) {
            lines.add(ConfiguredServiceLine.of(line.getKey(), line.getValue(), catalog.moduleNames(), classLoader));
        }
        SchemaBootstrapConfiguration configuration = SchemaBootstrap.configure(dataSource).catalog(catalog)
                .serviceLines(lines);
        try {
            configuration.lockTimeout(properties.getLockTimeout());
        } catch (IllegalArgumentException e) {
            throw new AicareSchemaConfigurationException("aicare.schema.lock-timeout", e.getMessage(), e);
        }
        try {
            this.bootstrap = configuration.load(); // the lines checked against the catalog: names, locations, history tables
        } catch (AicareException e) {
            throw new AicareSchemaConfigurationException("aicare.schema.service-lines", e.getMessage(), e);
        }
    }

    private static ModelCatalog catalog(List<String> modules, ClassLoader classLoader) {
        ModelCatalog all = ModelCatalog.discover(classLoader);
        if (modules.isEmpty()) {
            return all;
        }
        try {
            return all.select(modules);
        } catch (AicareException e) {
            throw new AicareSchemaConfigurationException("aicare.schema.modules", e.getMessage(), e);
        }
    }

    /** The model modules: those on the classpath, or those {@code aicare.schema.modules} selects. */
    public ModelCatalog catalog() {
        return bootstrap.catalog();
    }

    /** The service lines: announced by jars and declared under {@code aicare.schema.service-lines}, by name. */
    public List<ServiceLine> serviceLines() {
        return bootstrap.serviceLines();
    }

    /**
     * The bootstrap over the application's data source with these modules, lines and lock timeout,
     * built once (immutable, so it may be shared); {@link SchemaBootstrap#withListener} gives one that
     * reports progress.
     */
    public SchemaBootstrap bootstrap() {
        return bootstrap;
    }

    /** Where every module and line stands now (changes nothing). */
    public StatusReport status() {
        return bootstrap().status();
    }
}
