package id.ac.ugm.aicare.schema.lint.rule;

import java.util.Locale;

/** How bad a finding is. Only {@link #ERROR} fails a build. */
public enum Severity {
    ERROR,
    WARNING,
    /** Something the reader should know, such as a statement the linter did not understand and so did not check. */
    INFO;

    /** The lower-case name used in output and in the config file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
