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

    static boolean isAbsolute(String file) {
        return file.startsWith("/") || (file.length() > 2 && file.charAt(1) == ':' && file.charAt(2) == '/');
    }

    /**
     * The file as a URI reference: {@code file:///...} for an absolute path, a relative reference
     * otherwise, with every character outside RFC 3986's unreserved set and {@code /} percent-encoded.
     */
    static String uri(String file) {
        StringBuilder out = new StringBuilder(isAbsolute(file) ? (file.startsWith("/") ? "file://" : "file:///") : "");
        for (byte b : file.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || (c == ':' && isAbsolute(file))) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
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
                + (infos == 0 ? "" : ", " + infos + " info")
                + (report.baselined() == 0 ? "" : " (" + report.baselined() + " more in the findings baseline)");
    }
}
