package id.ac.ugm.aicare.schema.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CI formats against the shapes their readers require: SARIF 2.1.0 (§3 of the OASIS standard,
 * and what GitHub code scanning accepts), GitHub Actions workflow commands, GitLab code quality.
 */
class CiReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final LintReport REPORT = new LintReport(List.of(
            new Finding(Path.of("db/migration/V2__a b.sql"), 3, 5, "prefer-robust-stmts", Severity.ERROR,
                    "CREATE TABLE without IF NOT EXISTS fails on the second run", "use IF NOT EXISTS"),
            new Finding(Path.of("db/migration/V2__a b.sql"), 9, 1, "prefer-robust-stmts", Severity.ERROR,
                    "CREATE TABLE without IF NOT EXISTS fails on the second run", "use IF NOT EXISTS"),
            new Finding(Path.of("db/migration/V1__b.sql"), 1, 1, "ban-drop-table", Severity.WARNING,
                    "100% gone, a: b\nnext line", "stop using it first"),
            new Finding(Path.of("db/migration/V3__c.sql"), 2, 1, "unrecognized-statement", Severity.INFO,
                    "'UPSERT' starts no PostgreSQL statement", "check it by hand"),
            new Finding(Path.of("/abs/missing"), 0, 0, "io-error", Severity.ERROR,
                    "no such file or folder", "check the path and its permissions")), 3);

    @Test
    void sarifHasTheRequiredStructureOfVersion210() throws Exception {
        JsonNode sarif = JSON.readTree(ReportFormat.SARIF.render(REPORT));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("aicare-schema-lint");
        JsonNode rules = run.at("/tool/driver/rules");
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> {
            assertThat(ruleIds.add(rule.get("id").asText())).as("rule ids are unique").isTrue();
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("none", "note", "warning", "error");
        });
        JsonNode results = run.get("results");
        assertThat(results).hasSize(5);
        for (JsonNode result : results) {
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            assertThat(result.get("level").asText()).isIn("none", "note", "warning", "error");
            int index = result.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertThat(location.at("/artifactLocation/uri").asText()).doesNotContain(" ", "\\");
            if (location.has("region")) {
                assertThat(location.at("/region/startLine").asInt()).isPositive();
                assertThat(location.at("/region/startColumn").asInt()).isPositive();
            }
        }
    }

    @Test
    void sarifPointsAtFilesRelativeToTheCheckoutAndMapsSeverities() throws Exception {
        JsonNode results = JSON.readTree(ReportFormat.SARIF.render(REPORT)).at("/runs/0/results");
        JsonNode first = results.get(2);
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("db/migration/V2__a%20b.sql");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        JsonNode io = results.get(0);
        assertThat(io.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("file:///abs/missing");
        assertThat(io.at("/locations/0/physicalLocation").has("region")).isFalse();
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("ruleId").asText() + "=" + r.get("level").asText()));
        assertThat(levels).containsExactly("io-error=error", "ban-drop-table=warning", "prefer-robust-stmts=error",
                "prefer-robust-stmts=error", "unrecognized-statement=note");
        assertThat(results.get(2).at("/partialFingerprints/aicareFindingKey~1v1").asText())
                .isNotEqualTo(results.get(3).at("/partialFingerprints/aicareFindingKey~1v1").asText());
    }

    @Test
    void githubAnnotationsAreOneEscapedWorkflowCommandPerFinding() {
        String[] lines = ReportFormat.GITHUB.render(REPORT).split("\n", -1);
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("::error file=/abs/missing,title=io-error::no such file or folder%0Ahint: check the path and its permissions");
        assertThat(lines[1]).isEqualTo("::warning file=db/migration/V1__b.sql,line=1,col=1,title=ban-drop-table::"
                + "100%25 gone, a: b%0Anext line%0Ahint: stop using it first");
        assertThat(lines[2]).startsWith("::error file=db/migration/V2__a b.sql,line=3,col=5,title=prefer-robust-stmts::CREATE TABLE");
        assertThat(lines[4]).startsWith("::notice file=db/migration/V3__c.sql,line=2,col=1,title=unrecognized-statement::");
        assertThat(lines[5]).isEqualTo("3 files linted: 3 errors, 1 warning, 1 info");
        assertThat(lines[6]).isEmpty();
    }

    @Test
    void githubPropertiesCannotBreakOutOfTheCommand() {
        LintReport report = new LintReport(List.of(new Finding(Path.of("a,b:c\n::error::x.sql"), 1, 1, "r", Severity.ERROR, "m", "h")), 1);
        assertThat(ReportFormat.GITHUB.render(report).lines().findFirst().orElseThrow())
                .isEqualTo("::error file=a%2Cb%3Ac%0A%3A%3Aerror%3A%3Ax.sql,line=1,col=1,title=r::m%0Ahint: h");
    }

    @Test
    void gitlabCodeQualityHasTheFieldsGitlabRequires() throws Exception {
        JsonNode issues = JSON.readTree(ReportFormat.GITLAB.render(REPORT));
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(5);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asText()).isNotBlank();
            assertThat(issue.get("check_name").asText()).isNotBlank();
            assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/path").asText()).isNotBlank();
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            assertThat(issue.get("type").asText()).isEqualTo("issue");
            assertThat(issue.get("categories")).isNotEmpty();
            assertThat(fingerprints.add(issue.get("fingerprint").asText())).as("fingerprints are unique").isTrue();
        }
        assertThat(issues.get(2).get("severity").asText()).isEqualTo("major");
        assertThat(issues.get(1).get("severity").asText()).isEqualTo("minor");
        assertThat(issues.get(4).get("severity").asText()).isEqualTo("info");
        assertThat(issues.get(2).at("/location/path").asText()).isEqualTo("db/migration/V2__a b.sql");
    }

    @Test
    void fingerprintsStayWhenAStatementIsAddedAboveTheFinding() throws Exception {
        Finding before = new Finding(Path.of("V2__a.sql"), 3, 1, "prefer-robust-stmts", Severity.ERROR, "m", "h");
        Finding moved = new Finding(Path.of("V2__a.sql"), 7, 1, "prefer-robust-stmts", Severity.ERROR, "m", "h");
        String first = JSON.readTree(ReportFormat.GITLAB.render(new LintReport(List.of(before), 1))).get(0).get("fingerprint").asText();
        String second = JSON.readTree(ReportFormat.GITLAB.render(new LintReport(List.of(moved), 1))).get(0).get("fingerprint").asText();
        assertThat(second).isEqualTo(first).hasSize(64);
    }

    @Test
    void emptyReportsAreValidToo() throws Exception {
        LintReport clean = new LintReport(List.of(), 2);
        assertThat(JSON.readTree(ReportFormat.SARIF.render(clean)).at("/runs/0/results")).isEmpty();
        assertThat(JSON.readTree(ReportFormat.GITLAB.render(clean))).isEmpty();
        assertThat(ReportFormat.GITHUB.render(clean)).isEqualTo("2 files linted: 0 errors, 0 warnings\n");
    }
}
