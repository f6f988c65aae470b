package id.ac.ugm.aicare.model.core.enums;

import jakarta.persistence.AttributeConverter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between a Java enum and the labels of its native PostgreSQL enum type. Each enum declares
 * a one-line subclass (JPA needs a concrete converter class per attribute type):
 *
 * <pre>{@code
 * public static final class Converter extends PgEnumConverter<CaseStatus> {
 *     public Converter() { super(CaseStatus.class); }
 * }
 * }</pre>
 *
 * A label that the Java enum does not know fails loudly, naming the PostgreSQL type and the label
 * (labels are schema vocabulary, never personal data), instead of turning into {@code null}. A
 * converter that serves one attribute passes its name ({@code super(CaseStatus.class,
 * "Case.status")}) so the failure also says which column to look at
 * ({@link UnknownLabelInAttributeException}).
 *
 * @param <E> the enum type
 */
public abstract class PgEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> enumType;
    private final String typeName;
    private final Map<String, E> byLabel;
    private final String attribute;

    protected PgEnumConverter(Class<E> enumType) {
        this(enumType, null);
    }

    /**
     * @param attribute the one attribute this converter serves, {@code Entity.field}, named in the
     *                  failure for an unknown label; {@code null} when it serves several
     */
    protected PgEnumConverter(Class<E> enumType, String attribute) {
        this.enumType = enumType;
        this.attribute = attribute;
        this.typeName = PgEnums.typeName(enumType);
        Map<String, E> labels = new LinkedHashMap<>();
        for (E constant : enumType.getEnumConstants()) {
            labels.put(DbLabeled.labelOf(constant), constant);
        }
        this.byLabel = Collections.unmodifiableMap(labels);
    }

    @Override
    public String convertToDatabaseColumn(E attribute) {
        return attribute == null ? null : DbLabeled.labelOf(attribute);
    }

    @Override
    public E convertToEntityAttribute(String label) {
        if (label == null) {
            return null;
        }
        E constant = byLabel.get(label);
        if (constant == null) {
            UnknownEnumLabelException unknown = new UnknownEnumLabelException(typeName, enumType, label, byLabel.keySet());
            throw attribute == null ? unknown : new UnknownLabelInAttributeException(attribute, unknown);
        }
        return constant;
    }
}
