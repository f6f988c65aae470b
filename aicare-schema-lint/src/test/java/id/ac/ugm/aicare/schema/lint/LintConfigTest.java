package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {

    private static final String DROP = "DROP TABLE IF EXISTS a;";

    @Test
    void configFileTurnsRulesOffAndChangesSeverities(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aicare-lint.json");
        Files.writeString(file, """
                {"rules": {"ban-drop-table": "error", "require-timeout-settings": "off"}}
                """);
        LintReport report = MigrationLinter.builder().config(LintConfig.load(file)).build()
                .lintSql(Path.of("V1__a.sql"), DROP);
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ban-drop-table", Severity.ERROR));
    }

    @Test
    void builderChangesApplyOnTopOfAConfig() {
        LintReport report = MigrationLinter.builder()
                .config(LintConfig.parse("{\"rules\": {\"ban-drop-table\": \"error\"}}", "test"))
                .disable("ban-drop-table")
                .disable("require-timeout-settings")
                .build().lintSql(Path.of("V1__a.sql"), DROP);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void unknownRuleNameIsAnError() {
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {\"ban-drop-tabel\": \"off\"}}", "aicare-lint.json"))
                .isInstanceOf(LintConfigException.class)
                .hasMessage("aicare-lint.json: unknown rule 'ban-drop-tabel'; run 'lint --list-rules' to see them");
        assertThatThrownBy(() -> MigrationLinter.builder().disable("no-such-rule"))
                .isInstanceOf(LintConfigException.class);
    }

    @Test
    void unknownLevelIsAnError() {
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {\"ban-drop-table\": \"fatal\"}}", "c.json"))
                .hasMessage("c.json: rule 'ban-drop-table': unknown level 'fatal'; use \"off\", \"info\", \"warning\" or \"error\"");
    }

    @Test
    void unknownKeyAndBrokenJsonAreErrors() {
        assertThatThrownBy(() -> LintConfig.parse("{\"rule\": {}}", "c.json"))
                .hasMessage("c.json: unknown key 'rule'; the only key is \"rules\"");
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {", "c.json"))
                .isInstanceOf(LintConfigException.class).hasMessageStartingWith("c.json: not valid JSON at line 1");
    }

    @Test
    void missingConfigFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> LintConfig.load(dir.resolve("none.json")))
                .isInstanceOf(LintConfigException.class).hasMessageStartingWith("config file not found: ");
    }

    @Test
    void duplicateRuleIsAnErrorNamingItsPlace() {
        assertThatThrownBy(() -> LintConfig.parse(
                "{\"rules\": {\"ban-drop-table\": \"off\",\n \"ban-drop-table\": \"error\"}}", "lint.json"))
                .isInstanceOf(LintConfigException.class)
                .hasMessageStartingWith("lint.json: not valid JSON at line 2, column ")
                .hasMessageContaining("Duplicate field 'ban-drop-table'")
                .message().doesNotContain("\n");
    }

    @Test
    void duplicateRulesKeyIsAnError() {
        assertThatThrownBy(() -> LintConfig.parse(
                "{\"rules\": {\"ban-drop-table\": \"off\"}, \"rules\": {}}", "lint.json"))
                .isInstanceOf(LintConfigException.class).hasMessageContaining("Duplicate field 'rules'");
    }

    @Test
    void deeplyNestedJsonIsAOneLineError() {
        String json = "{\"rules\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> LintConfig.parse(json, "lint.json"))
                .isInstanceOf(LintConfigException.class).hasMessageStartingWith("lint.json: not valid JSON")
                .message().doesNotContain("\n");
    }

    @Test
    void oversizedConfigIsRefusedWithoutReadingItAll(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lint.json");
        Files.writeString(file, "{\"rules\": {}}" + " ".repeat(LintConfig.MAX_BYTES));
        assertThatThrownBy(() -> LintConfig.load(file)).isInstanceOf(LintConfigException.class)
                .hasMessage(file + ": larger than 64 KiB; not a lint config");
    }

    @Test
    void endlessConfigStreamIsRefused() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> LintConfig.load(zero)).isInstanceOf(LintConfigException.class)
                .hasMessage("/dev/zero: larger than 64 KiB; not a lint config");
    }

    @Test
    void configThatIsNotUtf8IsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lint.json");
        Files.write(file, new byte[] {'{', (byte) 0xC3, '(', '}'});
        assertThatThrownBy(() -> LintConfig.load(file)).isInstanceOf(LintConfigException.class)
                .hasMessage(file + ": not valid UTF-8");
    }

    @Test
    void controlCharactersInARuleNameAreShownEscaped() {
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {\"\\u001b[2Jx\\n\": \"off\"}}", "lint.json"))
                .isInstanceOf(LintConfigException.class)
                .hasMessage("lint.json: unknown rule '\\u001b[2Jx\\u000a'; run 'lint --list-rules' to see them");
    }
}
