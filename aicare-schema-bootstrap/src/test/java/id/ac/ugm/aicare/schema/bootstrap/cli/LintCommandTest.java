package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    /** Output and exit code of one in-process run. */
    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private Path migrations;

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void migrations() throws Exception {
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V0001__users.sql"), "CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);\n");
    }

    @Test
    void cleanMigrationsExitZero() {
        Run run = run("lint", migrations.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 file linted: 0 errors, 0 warnings\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void errorLevelFindingExitsOneWithFileLineColumnRuleAndHint() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "SELECT 1; CREATE TABLE mood (id bigint);\n");
        Run run = run("lint", migrations.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(migrations.resolve("V0002__mood.sql").toString().replace('\\', '/')
                        + ":1:11 error prefer-robust-stmts CREATE TABLE without IF NOT EXISTS fails on the second run\n"
                        + "  hint: use IF NOT EXISTS")
                .endsWith("2 files linted: 1 error, 0 warnings\n");
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Files.writeString(migrations.resolve("V0002__drop.sql"),
                "SET lock_timeout = '5s'; SET statement_timeout = '1min';\nALTER TABLE users DROP COLUMN IF EXISTS nickname;\n");
        Run run = run("lint", migrations.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning ban-drop-column");
    }

    @Test
    void jsonFormatIsAnArrayOfFindings() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        Run run = run("lint", "--format", "json", migrations.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("rule").asText()).isEqualTo("prefer-robust-stmts");
        assertThat(json.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(json.get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void markdownFormatIsForPullRequests() {
        Run run = run("lint", "--format", "markdown", migrations.toString());
        assertThat(run.out()).startsWith("### Migration lint passed");
    }

    @Test
    void configTurnsARuleOffOrRaisesIt() throws Exception {
        Files.writeString(migrations.resolve("V0002__drop.sql"), "ALTER TABLE users DROP COLUMN IF EXISTS nickname;\n");
        Path config = dir.resolve("lint.json");
        Files.writeString(config, "{\"rules\": {\"ban-drop-column\": \"error\", \"require-timeout-settings\": \"off\"}}");
        Run run = run("lint", "--config", config.toString(), migrations.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error ban-drop-column").doesNotContain("require-timeout-settings");
    }

    @Test
    void unknownRuleInConfigIsAOneLineUsageError() throws Exception {
        Path config = dir.resolve("lint.json");
        Files.writeString(config, "{\"rules\": {\"ban-drop-colum\": \"off\"}}");
        Run run = run("lint", "--config", config.toString(), migrations.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aicare-schema lint: " + config
                + ": unknown rule 'ban-drop-colum'; run 'lint --list-rules' to see them\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingPathExitsTwoAndTheOthersAreStillLinted() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        Run run = run("lint", dir.resolve("nope.sql").toString(), migrations.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("nope.sql error io-error no such file or folder")
                .contains("V0002__mood.sql:1:1 error prefer-robust-stmts");
    }

    @Test
    void noPathAndUnknownFormatAreUsageErrors() {
        Run noPath = run("lint");
        assertThat(noPath.exitCode()).isEqualTo(2);
        assertThat(noPath.err()).startsWith("aicare-schema lint: Missing required parameter: PATH\n");
        Run badFormat = run("lint", "--format", "xml", migrations.toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).startsWith("aicare-schema lint: unknown format 'xml'; use text, json, markdown, sarif, github or gitlab\n");
    }

    @Test
    void verifyWithoutADatabaseIsAUsageError() {
        Run run = run("lint", "--verify", "--url", "mysql://nowhere", migrations.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aicare-schema lint: --url must start with jdbc:postgresql://");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void placeholdersAreReplacedWithValuesFromTheCommandLine() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "ALTER TABLE ${schema}.users ADD COLUMN mood text;\n");
        Run without = run("lint", migrations.toString());
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.out()).contains(":1:13 error unresolved-placeholder no value for placeholder ${schema}");

        Run with = run("lint", "-P", "schema=app", migrations.toString());
        assertThat(with.out()).doesNotContain("unresolved-placeholder")
                .contains(":1:29 error prefer-robust-stmts ADD COLUMN without IF NOT EXISTS");
    }

    @Test
    void placeholdersComeFromAFlywayConfigFileAndTheCommandLineWins() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"),
                "ALTER TABLE #[schema].users ADD COLUMN IF NOT EXISTS mood text;\nCOMMENT ON TABLE #[schema].users IS '#[note]';\n");
        Path conf = Files.writeString(dir.resolve("flyway.conf"),
                "flyway.placeholderPrefix=#[\nflyway.placeholderSuffix=]\nflyway.placeholders.schema=app\n");
        assertThat(run("lint", "--flyway-config", conf.toString(), migrations.toString()).out())
                .contains("unresolved-placeholder no value for placeholder #[note]");
        Run run = run("lint", "--flyway-config", conf.toString(), "-P", "note=", migrations.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("unresolved-placeholder").endsWith("2 files linted: 0 errors, 1 warning\n");
    }

    @Test
    void badFlywayConfigIsAOneLineUsageError() throws Exception {
        Path toml = Files.writeString(dir.resolve("flyway.toml"), "[flyway.placeholders\n");
        Run run = run("lint", "--flyway-config", toml.toString(), migrations.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aicare-schema lint: " + toml + ":1: table header has no closing ]\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void ciFormatsAreChosenByName() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        Run github = run("lint", "--format", "github", migrations.toString());
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.out()).startsWith("::error file=" + migrations.resolve("V0002__mood.sql").toString().replace('\\', '/')
                + ",line=1,col=1,title=prefer-robust-stmts::CREATE TABLE without IF NOT EXISTS");
        JsonNode sarif = new ObjectMapper().readTree(run("lint", "--format", "sarif", migrations.toString()).out());
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("prefer-robust-stmts");
        JsonNode gitlab = new ObjectMapper().readTree(run("lint", "--format", "GitLab", migrations.toString()).out());
        assertThat(gitlab.at("/0/check_name").asText()).isEqualTo("prefer-robust-stmts");
    }

    @Test
    void excludeLeavesFilesOut() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        Run run = run("lint", "--exclude", "V0002__*", migrations.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 file linted: 0 errors, 0 warnings\n");
        Run bad = run("lint", "--exclude", "V[", migrations.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("aicare-schema lint: --exclude 'V[': not a glob: ").hasLineCount(1);
    }

    @Test
    void findingsBaselineIsWrittenOnceThenOnlyNewFindingsFail() throws Exception {
        Files.writeString(migrations.resolve("V0002__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        Path baseline = dir.resolve("lint-baseline.json");
        Run write = run("lint", "--findings-baseline", baseline.toString(), "--write-findings-baseline", migrations.toString());
        assertThat(write.exitCode()).isZero();
        assertThat(write.err()).isEqualTo("aicare-schema lint: 1 findings written to " + baseline + " as accepted\n");

        Run accepted = run("lint", "--findings-baseline", baseline.toString(), migrations.toString());
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).isEqualTo("2 files linted: 0 errors, 0 warnings (1 more in the findings baseline)\n");

        Files.writeString(migrations.resolve("V0003__more.sql"), "CREATE TABLE more (id bigint);\n");
        Run fresh = run("lint", "--findings-baseline", baseline.toString(), migrations.toString());
        assertThat(fresh.exitCode()).isEqualTo(1);
        assertThat(fresh.out()).contains("V0003__more.sql:1:1 error prefer-robust-stmts").doesNotContain("V0002__mood.sql:");

        Run missing = run("lint", "--findings-baseline", dir.resolve("nope.json").toString(), migrations.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("aicare-schema lint: findings baseline not found: ");
        assertThat(run("lint", "--write-findings-baseline", migrations.toString()).err())
                .contains("--write-findings-baseline needs --findings-baseline FILE");
    }

    @Test
    void plainToolSkipsFlywaysNaming() throws Exception {
        Path diesel = Files.createDirectories(dir.resolve("migrations/2024-01-01-000000_users"));
        Files.writeString(diesel.resolve("up.sql"), "CREATE TABLE IF NOT EXISTS users (id bigint);\n");
        Files.writeString(diesel.resolve("down.sql"), "DROP TABLE users;\n");
        Run run = run("lint", "--tool", "plain", "--exclude", "down.sql", dir.resolve("migrations").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 file linted: 0 errors, 0 warnings\n");
        Run bad = run("lint", "--tool", "liquibase", migrations.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("aicare-schema lint: unknown tool 'liquibase'; use flyway or plain\n");
    }

    @Test
    void changedSinceOutsideAGitRepositoryIsAOneLineError() {
        Run run = run("lint", "--changed-since", "main", migrations.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aicare-schema lint: --changed-since: ").hasLineCount(1);
    }

    @Test
    void listRulesNamesEveryRule() {
        Run run = run("lint", "--list-rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("prefer-robust-stmts", "require-concurrent-index-creation", "ban-char-field",
                "duplicate-migration-version", "not-idempotent");
    }
}
