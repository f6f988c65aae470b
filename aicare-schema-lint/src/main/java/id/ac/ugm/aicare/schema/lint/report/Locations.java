package id.ac.ugm.aicare.schema.lint.report;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;

/** Shared wording of the report formats. */
final class Locations {

    private Locations() {
    }

    /** The file with forward slashes on every platform, so output is the same in CI and on laptops. */
    static String file(Finding finding) {
        return finding.file().toString().replace('\\', '/');
    }

    /** {@code file:line:col}, or just the file for a finding without a position. */
    static String of(Finding finding) {
        return finding.line() == 0 ? file(finding) : file(finding) + ":" + finding.line() + ":" + finding.column();
    }

    static String summary(LintReport report) {
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        int infos = report.infos().size();
        return report.filesLinted() + (report.filesLinted() == 1 ? " file" : " files") + " linted: "
                + errors + (errors == 1 ? " error" : " errors") + ", "
                + warnings + (warnings == 1 ? " warning" : " warnings")
                + (infos == 0 ? "" : ", " + infos + " info");
    }
}
