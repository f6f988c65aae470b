package id.ac.ugm.aicare.schema.engine.diff.internal;

import id.ac.ugm.aicare.error.AicareException;

/** The request cannot be planned as given (a rename that names what is not there); one line saying why. */
public final class PlanRefused extends AicareException {

    private static final long serialVersionUID = 1L;

    PlanRefused(String message) {
        super(message);
    }

    @Override
    public Category category() {
        return Category.USER_ERROR;
    }
}
