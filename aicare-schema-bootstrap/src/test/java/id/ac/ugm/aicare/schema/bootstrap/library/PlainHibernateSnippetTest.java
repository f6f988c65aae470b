package id.ac.ugm.aicare.schema.bootstrap.library;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.classpath.RuntimeClasspath;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Using from plain Hibernate / Jakarta EE" snippet, run as written: compiled against
 * this module's runtime classpath (the engine and every model jar), then called on an empty
 * database. It must create the schema and return a factory that Hibernate validated against it.
 */
@PostgresTest
class PlainHibernateSnippetTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- plain-hibernate-snippet:[^>]*-->\\s*```java\\n(.*?)```\\s*<!-- /plain-hibernate-snippet -->",
            Pattern.DOTALL);

    @Test
    void theSnippetBringsAnEmptyDatabaseUpAndGivesAValidatedFactory(TestDatabase database, @TempDir Path folder)
            throws Exception {
        String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize());
        Matcher snippet = SNIPPET.matcher(readme);
        assertThat(snippet.find()).as("the README's plain Hibernate snippet, between its markers").isTrue();
        Path source = Files.writeString(folder.resolve("JournalPersistence.java"), snippet.group(1));
        Path classes = folder.resolve("out");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8), "-proc:none",
                "-cp", RuntimeClasspath.ofModuleUnderTest().asArgument(), "-d", classes.toString(), source.toString());
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();

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
