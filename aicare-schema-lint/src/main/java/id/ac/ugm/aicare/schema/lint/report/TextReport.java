package id.ac.ugm.aicare.schema.lint.report;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;

/** {@code file:line:col severity rule message}, the hint on the next line, and a summary line. */
final class TextReport {

    private TextReport() {
    }

    static String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(Locations.of(finding)).append(' ')
                    .append(finding.severity().label()).append(' ')
                    .append(finding.rule()).append(' ')
                    .append(finding.message()).append('\n')
                    .append("  hint: ").append(finding.hint()).append('\n');
        }
        out.append(Locations.summary(report)).append('\n');
        return out.toString();
    }
}
