package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.Hibernate;

/**
 * Compares two instances of an entity field by field, by reflection, so that a field added later is
 * compared without anyone extending a test. Links to other entities compare by id (without loading
 * them), collections of entities by their ids in order, everything else by {@code equals}.
 * Failure messages name the field, never its value (the values are clinical test data).
 */
final class FieldValues {

    private FieldValues() {
    }

    /** Every persistent field of the class and its superclasses. */
    static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** Asserts that the two instances agree on every field. */
    static void assertSameValues(Object expected, Object actual) {
        Class<?> type = Hibernate.getClass(expected);
        assertThat(Hibernate.getClass(actual)).isEqualTo(type);
        Object loaded = Hibernate.unproxy(actual);
        SoftAssertions softly = new SoftAssertions();
        for (Field field : fields(type)) {
            Object want = comparable(read(field, expected));
            Object got = comparable(read(field, loaded));
            softly.assertThat(got).as(type.getSimpleName() + "." + field.getName())
                    .withFailMessage("%s.%s differs after reload", type.getSimpleName(), field.getName())
                    .isEqualTo(want);
        }
        softly.assertAll();
    }

    /** The names of the fields that are null on this instance (a round-trip fixture should have none). */
    static List<String> nullFields(Object entity) {
        List<String> names = new ArrayList<>();
        for (Field field : fields(entity.getClass())) {
            Object value = read(field, entity);
            if (value == null || (value instanceof Collection<?> collection && collection.isEmpty())) {
                names.add(field.getName());
            }
        }
        return names;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object comparable(Object value) {
        if (value instanceof BaseEntity<?> entity) {
            // the id getter never initialises a proxy (which may belong to a closed session)
            return "#" + entity.getId();
        }
        if (value instanceof Collection<?> collection
                && collection.stream().allMatch(element -> element instanceof BaseEntity<?>)) {
            return collection.stream().map(FieldValues::comparable).toList();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        return value;
    }
}
