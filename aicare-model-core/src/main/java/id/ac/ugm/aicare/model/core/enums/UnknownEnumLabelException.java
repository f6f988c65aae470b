package id.ac.ugm.aicare.model.core.enums;

import java.util.Set;

/** The database holds an enum label that the Java enum does not declare. */
public class UnknownEnumLabelException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnknownEnumLabelException(String typeName, Class<?> enumType, String label, Set<String> known) {
        super("PostgreSQL enum type " + typeName + " holds label '" + label + "', which "
                + enumType.getSimpleName() + " does not declare (known labels: " + String.join(", ", known) + ")");
    }
}
