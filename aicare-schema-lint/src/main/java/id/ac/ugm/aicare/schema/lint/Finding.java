package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.nio.file.Path;

/**
 * One problem found in one file.
 *
 * @param file     the migration file, as it was found from the paths given to the linter
 * @param line     1-based line; 0 when the finding is about a path that could not be read
 * @param column   1-based column in characters; 0 with line 0
 * @param rule     the rule's name
 * @param severity the severity after configuration
 * @param message  what is wrong
 * @param hint     how to fix it
 */
public record Finding(Path file, int line, int column, String rule, Severity severity, String message, String hint) {

    /** The rule name of a path that does not exist or cannot be read; not a rule one can configure. */
    public static final String IO_ERROR = "io-error";

    /** The rule name of a file the linter itself failed on; the other files of the run are still linted. */
    public static final String LINT_FAILURE = "lint-failure";

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isIoError() {
        return IO_ERROR.equals(rule);
    }
}
