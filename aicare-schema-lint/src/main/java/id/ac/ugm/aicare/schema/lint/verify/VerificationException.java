package id.ac.ugm.aicare.schema.lint.verify;

/** The verification could not run: no scratch database, a lost connection, an unreadable baseline. */
public class VerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
