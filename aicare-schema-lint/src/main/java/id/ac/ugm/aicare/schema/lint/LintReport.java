package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one lint run found, sorted by file, line and column.
 *
 * @param findings    every finding, I/O errors included
 * @param filesLinted how many files were read and linted
 * @param baselined   how many more findings a {@link FindingsBaseline} accepted and left out
 */
public record LintReport(List<Finding> findings, int filesLinted, int baselined) {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().toString())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule);

    public LintReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
    }

    public LintReport(List<Finding> findings, int filesLinted) {
        this(findings, filesLinted, 0);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return ofSeverity(Severity.WARNING);
    }

    /** Informational findings: what the linter could not check, and why. */
    public List<Finding> infos() {
        return ofSeverity(Severity.INFO);
    }

    private List<Finding> ofSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** True when a path could not be found or read, so the report is incomplete. */
    public boolean hasIoErrors() {
        return findings.stream().anyMatch(Finding::isIoError);
    }

    /** This report with more findings, such as those of {@code --verify}. */
    public LintReport with(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new LintReport(all, filesLinted, baselined);
    }

    /** 2 when a path could not be read, 1 when an error-level finding was made, else 0. */
    public int exitCode() {
        if (hasIoErrors()) {
            return 2;
        }
        return hasErrors() ? 1 : 0;
    }
}
