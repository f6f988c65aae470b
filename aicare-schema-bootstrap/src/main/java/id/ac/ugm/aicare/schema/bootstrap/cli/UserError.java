package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.error.AicareException;

/**
 * A failure caused by the user's input or environment (a bad file, an unreachable server, a
 * schema that differs), reported as one line and an exit code, without a stack trace.
 */
public class UserError extends AicareException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    @Override
    public Category category() {
        return Category.USER_ERROR;
    }
}
