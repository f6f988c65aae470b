package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;

/** An {@code aicare.schema.*} property names something that cannot be; the message names the property. */
public final class AicareSchemaConfigurationException extends AicareException {

    private static final long serialVersionUID = 1L;

    AicareSchemaConfigurationException(String property, String problem, Throwable cause) {
        super(property + ": " + problem, cause);
    }

    @Override
    public Category category() {
        return Category.USER_ERROR;
    }
}
