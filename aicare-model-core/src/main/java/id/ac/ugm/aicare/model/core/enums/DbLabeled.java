package id.ac.ugm.aicare.model.core.enums;

/**
 * A Java enum constant whose database label differs from its Java name, for example
 * {@code IN_PROGRESS} stored as {@code in_progress}. Enums that store their constant names
 * unchanged need not implement it.
 */
public interface DbLabeled {

    /** The exact label PostgreSQL stores for this constant. */
    String dbLabel();

    /** The database label of any enum constant: {@link #dbLabel()} where given, else its name. */
    static String labelOf(Enum<?> constant) {
        return constant instanceof DbLabeled labeled ? labeled.dbLabel() : constant.name();
    }
}
