package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tool plain}: projects that do not run their migrations with Flyway (Diesel, golang-migrate, a folder). */
class PlainToolTest {

    @TempDir
    Path dir;

    private List<String> rules(MigrationTool tool) throws Exception {
        return MigrationLinter.builder().tool(tool).parallelism(1).build().lint(dir).findings().stream()
                .map(Finding::rule).toList();
    }

    @Test
    void fileNamesAreNotCheckedAgainstFlywaysNaming() throws Exception {
        Path migration = Files.createDirectories(dir.resolve("2024-01-01-000000_create_users"));
        Files.writeString(migration.resolve("up.sql"), "CREATE TABLE IF NOT EXISTS users (id bigint);\n");
        assertThat(rules(MigrationTool.FLYWAY)).containsExactly("malformed-migration-name");
        assertThat(rules(MigrationTool.PLAIN)).isEmpty();
    }

    @Test
    void placeholdersAreNotReplaced() throws Exception {
        Files.writeString(dir.resolve("001_init.sql"), "SELECT '${not_flyway}';\n");
        assertThat(rules(MigrationTool.PLAIN)).isEmpty();
    }

    @Test
    void aFileMayOpenItsOwnTransaction() throws Exception {
        Files.writeString(dir.resolve("001_init.sql"), "BEGIN;\nCREATE TABLE IF NOT EXISTS a (id bigint);\nCOMMIT;\n");
        assertThat(rules(MigrationTool.PLAIN)).isEmpty();
    }

    @Test
    void concurrentIndexInsideItsOwnTransactionIsStillAnError() throws Exception {
        Files.writeString(dir.resolve("001_index.sql"), "BEGIN;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON a (id);\nCOMMIT;\n");
        assertThat(rules(MigrationTool.PLAIN)).containsExactly("ban-concurrent-index-creation-in-transaction");
    }

    @Test
    void statementRulesStillApplyAndRPrefixedFilesAreOneOff() throws Exception {
        Files.writeString(dir.resolve("R__views.sql"), "CREATE TABLE a (id bigint);\n");
        assertThat(rules(MigrationTool.PLAIN)).containsExactly("prefer-robust-stmts");
    }

    @Test
    void unknownToolIsAOneLineError() {
        assertThatThrownBy(() -> MigrationTool.parse("liquibase")).isInstanceOf(LintConfigException.class)
                .hasMessage("unknown tool 'liquibase'; use flyway or plain");
        assertThat(MigrationTool.parse("Plain")).isEqualTo(MigrationTool.PLAIN);
    }
}
