package id.ac.ugm.aicare.schema.lint.verify;

import id.ac.ugm.aicare.error.AicareException;

/** The verification could not run: no scratch database, a lost connection, an unreadable baseline. */
public class VerificationException extends AicareException {

    private static final long serialVersionUID = 1L;

    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The scratch database could not be made or used. */
    @Override
    public Category category() {
        return Category.DATABASE_FAILURE;
    }
}
