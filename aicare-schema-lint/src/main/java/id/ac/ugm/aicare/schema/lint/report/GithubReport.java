package id.ac.ugm.aicare.schema.lint.report;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...,col=...,title=...::message}
 * line per finding, which GitHub shows as an annotation on the pull request's diff, then the
 * summary as a plain log line. Values are escaped as the Actions runner expects, so a message can
 * never end the command early or start another one.
 */
final class GithubReport {

    private GithubReport() {
    }

    static String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append("::").append(command(finding)).append(" file=").append(property(Locations.file(finding)));
            if (finding.line() > 0) {
                out.append(",line=").append(finding.line()).append(",col=").append(Math.max(1, finding.column()));
            }
            out.append(",title=").append(property(finding.rule()))
                    .append("::").append(data(finding.message() + "\nhint: " + finding.hint())).append('\n');
        }
        out.append(Locations.summary(report)).append('\n');
        return out.toString();
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping of a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a command's property value, which also may not hold {@code :} or {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
