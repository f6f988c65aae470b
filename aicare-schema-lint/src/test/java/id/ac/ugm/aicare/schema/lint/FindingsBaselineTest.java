package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.lint.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsBaselineTest {

    @TempDir
    Path dir;

    private Path migrations;
    private Path baselineFile;
    private final MigrationLinter linter = MigrationLinter.builder().parallelism(1).build();

    @BeforeEach
    void oldMigrations() throws Exception {
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        baselineFile = dir.resolve("lint-baseline.json");
        Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE a (id bigint);\nCREATE TABLE b (id bigint);\n");
    }

    @Test
    void acceptedFindingsAreLeftOutAndCounted() {
        FindingsBaseline.write(baselineFile, linter.lint(migrations));
        LintReport report = FindingsBaseline.load(baselineFile).filter(linter.lint(migrations));
        assertThat(report.findings()).isEmpty();
        assertThat(report.baselined()).isEqualTo(2);
        assertThat(report.exitCode()).isZero();
        assertThat(ReportFormat.TEXT.render(report)).isEqualTo("1 file linted: 0 errors, 0 warnings (2 more in the findings baseline)\n");
    }

    @Test
    void newFindingsStillFailAlsoInAFileWithAcceptedOnes() throws Exception {
        FindingsBaseline.write(baselineFile, linter.lint(migrations));
        Files.writeString(migrations.resolve("V1__init.sql"),
                "CREATE TABLE a (id bigint);\nCREATE TABLE b (id bigint);\nCREATE TABLE c (id bigint);\n");
        Files.writeString(migrations.resolve("V2__new.sql"), "CREATE TABLE d (id bigint);\n");
        LintReport report = FindingsBaseline.load(baselineFile).filter(linter.lint(migrations));
        assertThat(report.findings()).extracting(f -> f.file().getFileName() + ":" + f.line())
                .containsExactly("V1__init.sql:3", "V2__new.sql:1");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void findingsStayAcceptedWhenLinesMoveAndFromAnotherWorkingDirectory() throws Exception {
        FindingsBaseline.write(baselineFile, linter.lint(migrations));
        Files.writeString(migrations.resolve("V1__init.sql"),
                "-- a comment added above\n\nCREATE TABLE a (id bigint);\nCREATE TABLE b (id bigint);\n");
        Path absolute = migrations.toAbsolutePath();
        assertThat(FindingsBaseline.load(baselineFile).filter(linter.lint(absolute)).findings()).isEmpty();
    }

    @Test
    void theFileIsReadableAndRelativeToItsFolder() throws Exception {
        FindingsBaseline.write(baselineFile, linter.lint(migrations));
        assertThat(Files.readString(baselineFile)).contains("\"file\" : \"db/migration/V1__init.sql\"")
                .contains("\"rule\" : \"prefer-robust-stmts\"").contains("\"count\" : 2");
    }

    @Test
    void ioErrorsAreNeverAccepted() {
        FindingsBaseline.write(baselineFile, linter.lint(dir.resolve("missing")));
        assertThat(FindingsBaseline.load(baselineFile).size()).isZero();
        assertThat(FindingsBaseline.load(baselineFile).filter(linter.lint(dir.resolve("missing"))).exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingOrMalformedBaselineIsAOneLineError() throws Exception {
        assertThatThrownBy(() -> FindingsBaseline.load(baselineFile)).isInstanceOf(LintConfigException.class)
                .hasMessage("findings baseline not found: " + baselineFile + " (write it once with --write-findings-baseline)");
        Files.writeString(baselineFile, "{\"version\": 1, \"findings\": [{\"file\": \"x\", \"rule\": \"r\"}]}");
        assertThatThrownBy(() -> FindingsBaseline.load(baselineFile))
                .hasMessage(baselineFile + ": entry 1 needs \"file\", \"rule\" and \"message\" strings and a positive \"count\"");
        Files.writeString(baselineFile, "{\"rules\": {}}");
        assertThatThrownBy(() -> FindingsBaseline.load(baselineFile))
                .hasMessage(baselineFile + ": not a findings baseline (expected {\"version\": 1, \"findings\": [...]})");
        Files.writeString(baselineFile, "{\"version\": 1,");
        assertThatThrownBy(() -> FindingsBaseline.load(baselineFile)).hasMessageStartingWith(baselineFile + ": not valid JSON at line 1");
    }
}
