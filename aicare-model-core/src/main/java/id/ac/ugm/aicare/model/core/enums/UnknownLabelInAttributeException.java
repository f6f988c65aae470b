package id.ac.ugm.aicare.model.core.enums;

import jakarta.persistence.PersistenceException;

/**
 * A row could not be read because an enum column holds a label the Java enum does not declare.
 * Adds the entity and field to core's message (which names the type and the label: schema
 * vocabulary, never personal data), so the operator knows which column to look at. It is a
 * {@link PersistenceException} so that Hibernate passes it on as it is instead of wrapping it in
 * a message that names neither.
 */
public class UnknownLabelInAttributeException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    private final String attribute;

    /**
     * @param attribute {@code Entity.field}, e.g. {@code Case.status}
     * @param cause     core's report of the unknown label
     */
    public UnknownLabelInAttributeException(String attribute, UnknownEnumLabelException cause) {
        super("Cannot read " + attribute + ": " + cause.getMessage(), cause);
        this.attribute = attribute;
    }

    /** The entity and field that could not be read, as {@code Entity.field}. */
    public String attribute() {
        return attribute;
    }
}
