package id.ac.ugm.aicare.model.core.catalog;

import id.ac.ugm.aicare.error.AicareException;

/** The model modules on the classpath do not form a usable set (a missing or circular dependency, a duplicate name, an unknown module asked for). */
public class ModelDiscoveryException extends AicareException {

    private static final long serialVersionUID = 1L;

    public ModelDiscoveryException(String message) {
        super(message);
    }

    /** A module asked for by name, or its declaration, is wrong: the caller's to fix. */
    @Override
    public Category category() {
        return Category.USER_ERROR;
    }
}
