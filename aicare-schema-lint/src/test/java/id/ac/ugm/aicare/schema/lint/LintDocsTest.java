package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/LINT.md lists every rule with the severity, message and hint the linter prints. */
class LintDocsTest {

    @Test
    void everyRuleIsDocumentedAsItIsPrinted() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "LINT.md"));
        for (RuleDefinition rule : RuleCatalog.all()) {
            assertThat(docs).as(rule.name()).contains("| `" + rule.name() + "` | " + rule.defaultSeverity().label() + " | "
                    + rule.message() + " | " + rule.hint());
        }
    }
}
