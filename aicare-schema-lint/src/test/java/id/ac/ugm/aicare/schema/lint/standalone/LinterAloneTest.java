package id.ac.ugm.aicare.schema.lint.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.classpath.RuntimeClasspath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any PostgreSQL team can use the linter on its own: it runs in a JVM that has only the linter's
 * runtime classpath (no Hibernate, Flyway, model or test jars, which this test's own JVM has).
 */
class LinterAloneTest {

    @Test
    void theRuntimeClasspathHoldsNoHibernateFlywayOrModel() {
        assertThat(RuntimeClasspath.ofModuleUnderTest().dependencyNames())
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("hibernate") || name.startsWith("flyway")
                        || name.startsWith("aicare-model") || name.startsWith("jakarta.persistence")
                        || name.startsWith("aicare-test-support") || name.startsWith("junit"));
    }

    @Test
    void theLinterLintsAFileWithOnlyItsOwnClasspath(@TempDir Path folder) throws IOException {
        Path migration = Files.writeString(folder.resolve("V2__add_index.sql"),
                "CREATE INDEX journal_entries_user_idx ON journal_entries (user_id);\n");

        RuntimeClasspath.Run run = RuntimeClasspath.ofModuleUnderTest().run(LintOneFile.class, migration.toString());

        assertThat(run.output())
                .contains("require-concurrent-index-creation")
                .contains("files linted: 1")
                .doesNotContain("Exception");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
