package id.ac.ugm.aicare.schema.lint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verify} runs a script in a transaction or outside one as its {@code .conf} file says, as Flyway does. */
@PostgresTest
class ScriptConfigVerifiedTest {

    private final TestDatabase database;

    ScriptConfigVerifiedTest(TestDatabase database) {
        this.database = database;
    }

    private List<String> verify(Path dir) {
        return IdempotencyVerifier.using(database.dataSource(), ScratchLogins.on(database)).verify(List.of(dir)).stream()
                .map(f -> f.file().getFileName() + ":" + f.line() + " " + f.rule()).toList();
    }

    private static void write(Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__table.sql"), "CREATE TABLE IF NOT EXISTS t (id bigint, c text);\n");
        Files.writeString(dir.resolve("V2__index.sql"), """
                SET lock_timeout = '5s';
                CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c ON t (c);
                """);
    }

    @Test
    void executeInTransactionFalseRunsTheMixedScriptStatementByStatement(@TempDir Path dir) throws Exception {
        write(dir);
        Files.writeString(dir.resolve("V2__index.sql.conf"), "executeInTransaction=false\n");
        assertThat(verify(dir)).isEmpty();
    }

    @Test
    void executeInTransactionTrueRunsItInOneAndConcurrentlyFails(@TempDir Path dir) throws Exception {
        write(dir);
        Files.writeString(dir.resolve("V2__index.sql.conf"), "executeInTransaction=true\n");
        assertThat(verify(dir)).containsExactly("V2__index.sql:2 migration-failed");
    }
}
