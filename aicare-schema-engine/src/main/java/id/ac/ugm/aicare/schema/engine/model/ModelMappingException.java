package id.ac.ugm.aicare.schema.engine.model;

import id.ac.ugm.aicare.error.AicareException;

/** An entity cannot be mapped; the message names the entity and, where known, the field. */
public class ModelMappingException extends AicareException {

    private static final long serialVersionUID = 1L;

    public ModelMappingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelMappingException(String message) {
        super(message);
    }

    /** The models, as written, cannot be mapped to the schema: the model's author must change them. */
    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
