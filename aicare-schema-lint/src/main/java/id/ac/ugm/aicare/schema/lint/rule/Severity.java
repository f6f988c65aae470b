package id.ac.ugm.aicare.schema.lint.rule;

import java.util.Locale;

/** How bad a finding is. Only {@link #ERROR} fails a build. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case name used in output and in the config file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
