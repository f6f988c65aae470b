package id.ac.ugm.aicare.schema.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.FindingKey;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.RuleCatalog;
import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import java.util.List;

/**
 * GitLab's code quality report (a subset of the Code Climate issue format): an array of issues
 * with {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} and
 * {@code location.path}/{@code location.lines.begin}, which GitLab shows in the merge request.
 * The fingerprint is stable while the finding stays, so GitLab can tell new findings from old.
 */
final class GitlabReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GitlabReport() {
    }

    static String render(LintReport report) {
        ArrayNode issues = JSON.createArrayNode();
        List<String> fingerprints = FindingKey.fingerprints(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding finding = report.findings().get(i);
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("check_name", finding.rule());
            issue.put("description", finding.rule() + ": " + finding.message());
            issue.putObject("content").put("body", finding.hint());
            issue.putArray("categories").add(category(finding));
            issue.put("fingerprint", fingerprints.get(i));
            issue.put("severity", switch (finding.severity()) {
                case ERROR -> "major";
                case WARNING -> "minor";
                case INFO -> "info";
            });
            ObjectNode location = issue.putObject("location");
            location.put("path", Locations.file(finding));
            location.putObject("lines").put("begin", Math.max(1, finding.line()));
        }
        try {
            return JSON.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write GitLab code quality report", e);
        }
    }

    /** Code Climate's categories. */
    private static String category(Finding finding) {
        RuleCategory category = RuleCatalog.find(finding.rule()).map(rule -> rule.category()).orElse(RuleCategory.INPUT);
        return switch (category) {
            case ONLINE_SAFETY -> "Performance";
            case DATA_LOSS -> "Compatibility";
            case TYPES -> "Style";
            default -> "Bug Risk";
        };
    }
}
