package id.ac.ugm.aicare.schema.bootstrap.library;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Using from plain Hibernate / Jakarta EE" snippet, run as written: compiled against
 * this module's runtime classpath (the engine and every model jar), then called on an empty
 * database. It must create the schema and return a factory that Hibernate validated against it.
 */
@PostgresTest
class PlainHibernateSnippetTest {

    @Test
    void theSnippetBringsAnEmptyDatabaseUpAndGivesAValidatedFactory(TestDatabase database, @TempDir Path folder)
            throws Exception {
        Path classes = ReadmeSnippet.compile("JournalPersistence", ReadmeSnippet.code("plain-hibernate-snippet"), folder);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method start = loader.loadClass("JournalPersistence").getDeclaredMethod("start", DataSource.class);
            start.setAccessible(true);
            try (EntityManagerFactory factory = (EntityManagerFactory) start.invoke(null,
                    database.dataSourceWithoutErrorDetail())) {
                Integer id;
                try (EntityManager entityManager = factory.createEntityManager()) {
                    entityManager.getTransaction().begin();
                    User user = new User("plain@example.test");
                    entityManager.persist(user);
                    entityManager.getTransaction().commit();
                    id = user.getId();
                }
                try (EntityManager entityManager = factory.createEntityManager()) {
                    assertThat(entityManager.find(User.class, id).getEmail()).isEqualTo("plain@example.test");
                }
            }
        }
        assertThat(new JdbcTestDatabase(database).queryLong(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'aicare_schema_history_%'"))
                .as("every model module initialised").isEqualTo(7);
    }
}
