package id.ac.ugm.aicare.schema.lint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private static final LintReport REPORT = new LintReport(List.of(
            new Finding(Path.of("db/migration/V2__a.sql"), 3, 5, "prefer-robust-stmts", Severity.ERROR,
                    "CREATE TABLE without IF NOT EXISTS fails on the second run", "use IF NOT EXISTS"),
            new Finding(Path.of("db/migration/V1__b.sql"), 1, 1, "ban-drop-table", Severity.WARNING,
                    "dropping a table | loses data", "stop using it first")), 2);

    @Test
    void textHasOneLinePerFindingThenItsHintThenASummary() {
        assertThat(ReportFormat.TEXT.render(REPORT)).isEqualTo("""
                db/migration/V1__b.sql:1:1 warning ban-drop-table dropping a table | loses data
                  hint: stop using it first
                db/migration/V2__a.sql:3:5 error prefer-robust-stmts CREATE TABLE without IF NOT EXISTS fails on the second run
                  hint: use IF NOT EXISTS
                2 files linted: 1 error, 1 warning
                """);
    }

    @Test
    void jsonIsAnArrayOfFindingObjects() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(REPORT));
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(1).get("file").asText()).isEqualTo("db/migration/V2__a.sql");
        assertThat(json.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(json.get(1).get("column").asInt()).isEqualTo(5);
        assertThat(json.get(1).get("rule").asText()).isEqualTo("prefer-robust-stmts");
        assertThat(json.get(1).get("severity").asText()).isEqualTo("error");
        assertThat(json.get(1).get("message").asText()).startsWith("CREATE TABLE");
    }

    @Test
    void markdownIsATableWithEscapedCells() {
        String markdown = ReportFormat.MARKDOWN.render(REPORT);
        assertThat(markdown).startsWith("### Migration lint failed\n\n2 files linted: 1 error, 1 warning.\n")
                .contains("| `db/migration/V2__a.sql:3:5` | **error** | `prefer-robust-stmts` |")
                .contains("dropping a table \\| loses data");
    }

    @Test
    void cleanReportSaysSo() {
        assertThat(ReportFormat.MARKDOWN.render(new LintReport(List.of(), 4)))
                .isEqualTo("### Migration lint passed\n\n4 files linted: 0 errors, 0 warnings.\n");
        assertThat(ReportFormat.JSON.render(new LintReport(List.of(), 4)).trim()).isEqualTo("[ ]");
    }

    @Test
    void formatNamesAreCheckedWithAClearMessage() {
        assertThat(ReportFormat.parse("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThatThrownBy(() -> ReportFormat.parse("xml")).hasMessage("unknown format 'xml'; use text, json, markdown, sarif, github or gitlab");
    }
}
