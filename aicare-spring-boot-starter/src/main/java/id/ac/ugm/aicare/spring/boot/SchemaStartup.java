package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.schema.engine.bootstrap.ProgressPrinter;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the database to the models when the context starts, as {@code aicare.schema.mode} says.
 * Boot's database-initialization ordering ({@link SchemaStartupDetector}) makes the entity manager
 * factory, {@code JdbcTemplate}s and other database initializers wait for it, so Hibernate's
 * {@code ddl-auto=validate} sees the migrated schema. Many instances may start at once: the
 * bootstrap's advisory lock lets one do the work while the others wait and find it done.
 */
public final class SchemaStartup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaStartup.class);

    private final AicareSchema schema;
    private final AicareSchemaProperties.Mode mode;

    SchemaStartup(AicareSchema schema, AicareSchemaProperties.Mode mode) {
        this.schema = schema;
        this.mode = mode;
    }

    @Override
    public void afterPropertiesSet() {
        // Table by table and migration by migration at debug; the summaries and lock waits at info.
        ProgressPrinter printer = new ProgressPrinter(log::info,
                log.isDebugEnabled() ? ProgressPrinter.Detail.VERBOSE : ProgressPrinter.Detail.QUIET);
        SchemaBootstrap bootstrap = schema.bootstrap().withListener(printer);
        switch (mode) {
            case INIT_AND_MIGRATE -> bootstrap.initAndMigrate();
            case MIGRATE -> bootstrap.migrate();
            case VALIDATE -> requireUpToDate(bootstrap.status());
            case NONE -> {
            }
        }
    }

    private static void requireUpToDate(StatusReport report) {
        if (!report.upToDate()) {
            throw new SchemaNotUpToDateException(report);
        }
    }

    /** The mode it runs in. */
    public AicareSchemaProperties.Mode mode() {
        return mode;
    }
}
