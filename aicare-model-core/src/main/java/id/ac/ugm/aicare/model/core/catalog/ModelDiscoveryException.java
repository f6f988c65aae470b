package id.ac.ugm.aicare.model.core.catalog;

/** The model modules on the classpath do not form a usable set (a missing or circular dependency, a duplicate name, an unknown module asked for). */
public class ModelDiscoveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelDiscoveryException(String message) {
        super(message);
    }
}
