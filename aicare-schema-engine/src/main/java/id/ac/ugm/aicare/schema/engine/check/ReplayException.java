package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException;

/**
 * A baseline snapshot and the migrations after it could not be replayed: a migration failed on the
 * snapshot's schema (a conflict between the module's own files), or the database failed. The
 * message names the module, the baseline and the migration; it never quotes a row's values.
 */
public final class ReplayException extends AicareException {

    private static final long serialVersionUID = 1L;

    private final Category category;

    ReplayException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
