package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.error.AicareException.Category;
import picocli.CommandLine;

/**
 * The one place where a failure's category becomes the tool's exit code. The commands' own codes
 * (status's 3 to 6, lint's 1 for findings) are results, not failures, and are listed in each
 * command's {@code --help}.
 */
final class ExitCodes {

    /** A bug: the tool prints the stack trace (sysexits' EX_SOFTWARE). */
    static final int BUG = 70;

    private ExitCodes() {
    }

    static int of(Category category) {
        return switch (category) {
            case USER_ERROR -> CommandLine.ExitCode.USAGE;
            case CONFLICT, DATABASE_FAILURE -> CommandLine.ExitCode.SOFTWARE;
            case BUG -> BUG;
        };
    }
}
