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
    MARKDOWN;

    public String render(LintReport report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
        };
    }

    /** Reads {@code text}, {@code json} or {@code markdown}, ignoring case. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use text, json or markdown", e);
        }
    }
}
