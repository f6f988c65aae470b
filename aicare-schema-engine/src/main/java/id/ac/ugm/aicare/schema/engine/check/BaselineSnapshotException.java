package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException;

/** A baseline snapshot could not be written: one of that version exists with other content, or the folder is unwritable. */
public final class BaselineSnapshotException extends AicareException {

    private static final long serialVersionUID = 1L;

    private final Category category;

    BaselineSnapshotException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
