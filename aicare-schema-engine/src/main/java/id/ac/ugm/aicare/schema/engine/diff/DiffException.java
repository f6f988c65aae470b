package id.ac.ugm.aicare.schema.engine.diff;

import id.ac.ugm.aicare.error.AicareException;

/** {@code diff} was asked for something it cannot do as given (a rename naming what is not there); one line. */
public final class DiffException extends AicareException {

    private static final long serialVersionUID = 1L;

    private final Category category;

    DiffException(String message, Category category) {
        super(message);
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
