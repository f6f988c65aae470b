package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} on a real git repository made for each test. */
class ChangedFilesTest {

    @TempDir
    Path repo;

    private Path migrations;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c",
                "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", args) + ": " + output).isZero();
    }

    @BeforeEach
    void history() throws Exception {
        git("init", "-q", "-b", "main");
        migrations = Files.createDirectories(repo.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__old.sql"), "CREATE TABLE a (id bigint);\n");
        Files.writeString(migrations.resolve("V2__old.sql"), "CREATE TABLE b (id bigint);\n");
        git("add", ".");
        git("commit", "-q", "-m", "old");
        git("checkout", "-q", "-b", "feature");
    }

    private LintReport lintChangedSince(String ref) {
        Set<Path> changed = ChangedFiles.since(ref, migrations);
        return MigrationLinter.builder().onlyFiles(changed).parallelism(1).build().lint(migrations);
    }

    @Test
    void onlyFilesAddedOrChangedSinceTheRevisionAreLinted() throws Exception {
        Files.writeString(migrations.resolve("V3__committed.sql"), "CREATE TABLE c (id bigint);\n");
        git("add", ".");
        git("commit", "-q", "-m", "c");
        Files.writeString(migrations.resolve("V4__untracked.sql"), "CREATE TABLE d (id bigint);\n");
        Files.writeString(migrations.resolve("V2__old.sql"), "CREATE TABLE IF NOT EXISTS b (id bigint);\nDROP TABLE a;\n");

        LintReport report = lintChangedSince("main");
        assertThat(report.filesLinted()).isEqualTo(3);
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString()).doesNotContain("V1__old.sql")
                .contains("V2__old.sql", "V3__committed.sql", "V4__untracked.sql");
    }

    @Test
    void changesMadeOnTheRevisionSinceTheBranchLeftItDoNotCount() throws Exception {
        git("checkout", "-q", "main");
        Files.writeString(migrations.resolve("V1__old.sql"), "CREATE TABLE IF NOT EXISTS a (id bigint);\n");
        git("commit", "-q", "-am", "fix on main");
        git("checkout", "-q", "feature");
        assertThat(lintChangedSince("main").filesLinted()).isZero();
    }

    @Test
    void aNewFileThatReusesAnOldVersionIsStillCaught() throws Exception {
        Files.writeString(migrations.resolve("V2__clash.sql"), "SELECT 1;\n");
        assertThat(lintChangedSince("main").findings()).extracting(Finding::rule).contains("duplicate-migration-version");
    }

    @Test
    void deletedFilesAreLeftOut() throws Exception {
        Files.delete(migrations.resolve("V2__old.sql"));
        assertThat(ChangedFiles.since("main", migrations)).isEmpty();
    }

    @Test
    void unknownRevisionAndNoRepositoryAreOneLineErrors(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> ChangedFiles.since("no-such-branch", migrations)).isInstanceOf(LintConfigException.class)
                .hasMessageStartingWith("--changed-since: unknown revision 'no-such-branch'")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ChangedFiles.since("main", elsewhere))
                .hasMessage("--changed-since: " + elsewhere + " is not in a git repository");
        assertThatThrownBy(() -> ChangedFiles.since("--output=/tmp/x", migrations))
                .hasMessage("--changed-since: '--output=/tmp/x' is not a git revision");
    }
}
