package id.ac.ugm.aicare.schema.lint.report;

import id.ac.ugm.aicare.schema.lint.LintReport;
import java.util.Locale;

/** The output formats of a lint report. */
public enum ReportFormat {
    /** {@code file:line:col severity rule message}, then the hint; for terminals and CI logs. */
    TEXT,
    /** An array of finding objects; for tools. */
    JSON,
    /** A summary and a table; for a pull-request comment. */
    MARKDOWN,
    /** SARIF 2.1.0; for GitHub code scanning, IDEs and dashboards. */
    SARIF,
    /** GitHub Actions workflow commands; annotations on the pull request. */
    GITHUB,
    /** GitLab code quality JSON; findings in the merge request. */
    GITLAB;

    public String render(LintReport report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case SARIF -> SarifReport.render(report);
            case GITHUB -> GithubReport.render(report);
            case GITLAB -> GitlabReport.render(report);
        };
    }

    /** Reads a format's name ({@code text}, {@code json}, {@code markdown}, {@code sarif}, {@code github}, {@code gitlab}), ignoring case. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use text, json, markdown, sarif, github or gitlab", e);
        }
    }
}
