package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;

/** {@code aicare.schema.mode=validate} found a module or service line that is not up to date; nothing was changed. */
public final class SchemaNotUpToDateException extends AicareException {

    private static final long serialVersionUID = 1L;

    SchemaNotUpToDateException(StatusReport report) {
        super("aicare.schema.mode=validate: the schema is not up to date, nothing was changed: "
                + String.join("; ", SchemaStatusDetails.problems(report)));
    }

    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
