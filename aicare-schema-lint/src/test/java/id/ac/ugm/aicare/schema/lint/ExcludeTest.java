package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludeTest {

    @TempDir
    Path dir;

    private Path migrations;

    @BeforeEach
    void files() throws Exception {
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.createDirectories(migrations.resolve("legacy"));
        Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE a (id bigint);\n");
        Files.writeString(migrations.resolve("V2__more.sql"), "CREATE TABLE b (id bigint);\n");
        Files.writeString(migrations.resolve("legacy/V0_1__old.sql"), "CREATE TABLE c (id bigint);\n");
    }

    private List<String> linted(MigrationLinter.Builder builder) {
        return builder.parallelism(1).build().lint(migrations).findings().stream()
                .map(f -> migrations.relativize(f.file()).toString()).distinct().toList();
    }

    @Test
    void aGlobWithoutSlashMatchesFileNamesAnywhere() {
        assertThat(linted(MigrationLinter.builder().exclude("V0_*.sql"))).containsExactly("V1__init.sql", "V2__more.sql");
        assertThat(linted(MigrationLinter.builder().exclude("V1__init.sql").exclude("V2__*")))
                .containsExactly("legacy/V0_1__old.sql");
    }

    @Test
    void aGlobWithSlashMatchesThePathBelowTheFolderGiven() {
        assertThat(linted(MigrationLinter.builder().exclude("legacy/**"))).containsExactly("V1__init.sql", "V2__more.sql");
        assertThat(linted(MigrationLinter.builder().exclude("**/V2__more.sql")))
                .containsExactly("V1__init.sql", "legacy/V0_1__old.sql");
    }

    @Test
    void excludedFilesAreNotCountedAndTheirVersionsDoNotClash() throws Exception {
        Files.writeString(migrations.resolve("V2__copy.sql"), "SELECT 1;\n");
        LintReport report = MigrationLinter.builder().exclude("V2__copy.sql").exclude("legacy/**").parallelism(1).build()
                .lint(migrations);
        assertThat(report.filesLinted()).isEqualTo(2);
        assertThat(report.findings()).extracting(Finding::rule).doesNotContain("duplicate-migration-version");
    }

    @Test
    void aFileNamedOnTheCommandLineCanBeExcludedToo() {
        LintReport report = MigrationLinter.builder().exclude("V1__*").build()
                .lint(migrations.resolve("V1__init.sql"), migrations.resolve("V2__more.sql"));
        assertThat(report.filesLinted()).isEqualTo(1);
    }

    @Test
    void aMalformedGlobIsAOneLineError() {
        assertThatThrownBy(() -> MigrationLinter.builder().exclude("V1__[a.sql")).isInstanceOf(LintConfigException.class)
                .hasMessageStartingWith("--exclude 'V1__[a.sql': not a glob: ");
        assertThatThrownBy(() -> MigrationLinter.builder().exclude(" ")).hasMessage("--exclude: empty glob");
    }
}
