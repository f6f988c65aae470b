package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.error.AicareException;

/** A config file or builder call that names an unknown rule or severity, or cannot be read. */
public class LintConfigException extends AicareException {

    private static final long serialVersionUID = 1L;

    public LintConfigException(String message) {
        super(message);
    }

    public LintConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Category category() {
        return Category.USER_ERROR;
    }
}
