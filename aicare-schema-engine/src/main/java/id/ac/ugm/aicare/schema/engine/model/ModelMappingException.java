package id.ac.ugm.aicare.schema.engine.model;

/** An entity cannot be mapped; the message names the entity and, where known, the field. */
public class ModelMappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelMappingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelMappingException(String message) {
        super(message);
    }
}
