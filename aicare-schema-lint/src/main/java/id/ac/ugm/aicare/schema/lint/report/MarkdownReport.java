package id.ac.ugm.aicare.schema.lint.report;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;

/** A heading with the counts and a table of findings, ready to post as a pull-request comment. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        String verdict = report.hasErrors() ? "failed" : "passed";
        out.append("### Migration lint ").append(verdict).append("\n\n")
                .append(Locations.summary(report)).append(".\n");
        if (report.findings().isEmpty()) {
            return out.toString();
        }
        out.append("\n| Location | Severity | Rule | Message | Hint |\n")
                .append("|---|---|---|---|---|\n");
        for (Finding finding : report.findings()) {
            out.append("| `").append(cell(Locations.of(finding))).append("` | ")
                    .append(finding.isError() ? "**error**" : finding.severity().label()).append(" | `")
                    .append(finding.rule()).append("` | ")
                    .append(cell(finding.message())).append(" | ")
                    .append(cell(finding.hint())).append(" |\n");
        }
        return out.toString();
    }

    /** Keeps a value inside its table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
