package id.ac.ugm.aicare.schema.engine.lint;

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
                .hasMessage("c.json: rule 'ban-drop-table': unknown level 'fatal'; use \"off\", \"warning\" or \"error\"");
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
}
