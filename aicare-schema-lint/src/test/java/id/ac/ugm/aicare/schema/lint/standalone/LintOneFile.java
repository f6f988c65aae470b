package id.ac.ugm.aicare.schema.lint.standalone;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import java.nio.file.Path;

/** Lints the file it is given and prints one line per finding; run by LinterAloneTest in a fresh JVM. */
public final class LintOneFile {

    private LintOneFile() {
    }

    public static void main(String[] args) {
        LintReport report = MigrationLinter.builder().build().lint(Path.of(args[0]));
        for (Finding finding : report.findings()) {
            System.out.println(finding.rule() + " " + finding.severity() + " line " + finding.line());
        }
        System.out.println("files linted: " + report.filesLinted());
        System.exit(report.exitCode());
    }
}
