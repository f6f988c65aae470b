package id.ac.ugm.aicare.schema.bootstrap.library;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's "From a service, at start-up" snippet, run as written: compiled against this
 * module's runtime classpath, then called on an empty database, which it must bring up to the models.
 */
@PostgresTest
class StartupSnippetTest {

    @Test
    void theSnippetBringsAnEmptyDatabaseUpToTheModels(TestDatabase database, @TempDir Path folder) throws Exception {
        Path classes = ReadmeSnippet.compile("SchemaStartupStep", ReadmeSnippet.code("startup-snippet"), folder);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method step = loader.loadClass("SchemaStartupStep")
                    .getDeclaredMethod("bringSchemaUpToDate", DataSource.class, Logger.class);
            step.setAccessible(true);
            step.invoke(null, database.dataSourceWithoutErrorDetail(), LoggerFactory.getLogger(StartupSnippetTest.class));
        }
        assertThat(new JdbcTestDatabase(database).queryLong(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'aicare_schema_history_%'"))
                .as("every model module initialised").isEqualTo(7);
    }
}
