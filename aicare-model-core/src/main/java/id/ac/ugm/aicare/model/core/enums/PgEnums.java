package id.ac.ugm.aicare.model.core.enums;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@link PgEnum} declaration of a Java enum. */
public final class PgEnums {

    private PgEnums() {
    }

    /** Whether the class is a Java enum stored as a native PostgreSQL enum type. */
    public static boolean isPgEnum(Class<?> type) {
        return type.isEnum() && type.isAnnotationPresent(PgEnum.class);
    }

    /** The PostgreSQL type name of an enum annotated with {@link PgEnum}. */
    public static String typeName(Class<?> enumType) {
        PgEnum declaration = enumType.getAnnotation(PgEnum.class);
        if (declaration == null || !enumType.isEnum()) {
            throw new IllegalArgumentException(enumType.getName() + " is not an enum annotated with @PgEnum");
        }
        return declaration.value();
    }

    /** The database labels in declaration order. */
    public static List<String> labels(Class<?> enumType) {
        List<String> labels = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            labels.add(DbLabeled.labelOf((Enum<?>) constant));
        }
        return labels;
    }
}
