package id.ac.ugm.aicare.error;

/**
 * The root of the library's own failures. Each says which {@link Category} it is, so that a caller
 * (the CLI's exit codes, a service's error handling, the starter's health) can tell a mistake of its
 * own from a conflict with the database's state, a database failure or a bug, without a chain of
 * {@code instanceof} over every type. Messages never quote row values.
 *
 * <p>Three failures stay outside this root on purpose, because callers rely on their JDK or JPA
 * supertype: {@code InvalidIdentifierException} (an {@link IllegalArgumentException}, like every
 * other refused argument of the helpers), core's {@code UnknownEnumLabelException} (an
 * {@link IllegalStateException}) and {@code UnknownLabelInAttributeException} (a
 * {@code PersistenceException}, so that Hibernate passes it on unwrapped).
 */
public abstract class AicareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, from the caller's point of view. */
    public enum Category {
        /** The caller asked for something wrong: an option, a name, a file, a model. Fix the input. */
        USER_ERROR,
        /** The request is sound but the state of the database or the models refuses it. */
        CONFLICT,
        /** The database failed or could not be reached. */
        DATABASE_FAILURE,
        /** The library broke one of its own promises. Report it. */
        BUG
    }

    protected AicareException(String message) {
        super(message);
    }

    protected AicareException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What kind of failure this is. */
    public abstract Category category();
}
