package id.ac.ugm.aicare.testing.jpa;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Compares an entity as written with the same entity as read back, field by field, by reflection
 * over every persistent field of the class and its superclasses. A field added to an entity later
 * is compared without anyone extending a test.
 *
 * <ul>
 *   <li>A link to another entity compares by that entity's id, read without loading a lazy proxy
 *       (which may belong to a closed persistence context).</li>
 *   <li>A collection compares element by element in order (a set, as a set); entities in it by
 *       id.</li>
 *   <li>An embeddable compares field by field; arrays element by element; anything else by
 *       {@code equals} (so a {@code BigDecimal} keeps its scale).</li>
 * </ul>
 *
 * <p>A failure names the entity and every differing field ({@code Case.userHash differs after
 * reload}) and never prints a value: the values are personal and clinical test data, and a
 * failure message ends up in build logs.
 */
public final class FieldComparer {

    private static final FieldComparer EXACT = new FieldComparer(Set.of());

    private final Set<String> ignored;

    private FieldComparer(Set<String> ignored) {
        this.ignored = ignored;
    }

    /** Every persistent field, every value exactly (a time to the nanosecond, a decimal with its scale). */
    public static FieldComparer exact() {
        return EXACT;
    }

    /**
     * The same comparison, leaving out the named fields of the compared entity (a test that leaves
     * a field out says how it checks it instead). Each name must be a persistent field.
     */
    public FieldComparer ignoring(String... fieldNames) {
        Set<String> names = new LinkedHashSet<>(ignored);
        names.addAll(Arrays.asList(fieldNames));
        return new FieldComparer(Set.copyOf(names));
    }

    /** Asserts that {@code read} holds what {@code written} holds, field for field. */
    public void assertSameValues(Object written, Object read) {
        Objects.requireNonNull(written, "written");
        Object expected = unproxy(written);
        Class<?> type = expected.getClass();
        String entity = type.getSimpleName();
        if (read == null) {
            throw new AssertionError("No " + entity + " was read back");
        }
        Object actual = unproxy(read);
        if (actual.getClass() != type) {
            throw new AssertionError("Read back a " + actual.getClass().getSimpleName() + " for the written " + entity);
        }
        List<Field> fields = fields(type);
        Set<String> unknown = new LinkedHashSet<>(ignored);
        fields.forEach(field -> unknown.remove(field.getName()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(entity + " has no persistent field " + String.join(", ", unknown));
        }
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Field field : fields) {
            if (ignored.contains(field.getName())) {
                continue;
            }
            compared++;
            compare(entity + "." + field.getName(), read(field, expected), read(field, actual), differing);
        }
        if (compared == 0) {
            throw new AssertionError(entity + " has no field to compare");
        }
        if (!differing.isEmpty()) {
            throw new AssertionError(String.join("\n", differing));
        }
    }

    /**
     * The names of the persistent fields that are null (or an empty collection) on this instance: a
     * round-trip fixture should have none, or a field that does not round-trip can hide behind a null.
     */
    public static List<String> nullFields(Object entity) {
        Object target = unproxy(entity);
        List<String> names = new ArrayList<>();
        for (Field field : fields(target.getClass())) {
            Object value = read(field, target);
            if (value == null || (value instanceof Collection<?> collection && collection.isEmpty())) {
                names.add(field.getName());
            }
        }
        return names;
    }

    /** Every persistent field of the class and its superclasses: not static, not transient, not synthetic. */
    static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private void compare(String path, Object want, Object got, List<String> differing) {
        if (want != null && got != null && want.getClass().isAnnotationPresent(Embeddable.class)
                && want.getClass() == got.getClass()) {
            for (Field field : fields(want.getClass())) {
                compare(path + "." + field.getName(), read(field, want), read(field, got), differing);
            }
            return;
        }
        if (!Objects.equals(comparable(want), comparable(got))) {
            differing.add(path + " differs after reload");
        }
    }

    private Object comparable(Object value) {
        if (value == null) {
            return null;
        }
        if (isEntity(value)) {
            return new Link(comparable(idOf(value)));
        }
        if (value instanceof Set<?> set) {
            Set<Object> elements = new HashSet<>();
            set.forEach(element -> elements.add(comparable(element)));
            return elements;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> elements = new ArrayList<>();
            collection.forEach(element -> elements.add(comparable(element)));
            return elements;
        }
        if (value.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(comparable(Array.get(value, i)));
            }
            return elements;
        }
        if (value.getClass().isAnnotationPresent(Embeddable.class)) {
            List<Object> values = new ArrayList<>();
            for (Field field : fields(value.getClass())) {
                values.add(comparable(read(field, value)));
            }
            return values;
        }
        return value;
    }


    private static boolean isEntity(Object value) {
        return HibernateProxy.extractLazyInitializer(value) != null || value.getClass().isAnnotationPresent(Entity.class);
    }

    /** The id of an entity or of a lazy proxy; a proxy is not loaded to find it. */
    private static Object idOf(Object entity) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
        if (proxy != null) {
            return proxy.getInternalIdentifier();
        }
        List<Object> key = new ArrayList<>();
        for (Field field : fields(entity.getClass())) {
            if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)) {
                key.add(read(field, entity));
            }
        }
        if (key.isEmpty()) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " has no @Id field to compare it by");
        }
        return key.size() == 1 ? key.get(0) : key;
    }

    private static Object unproxy(Object entity) {
        return HibernateProxy.extractLazyInitializer(entity) != null ? Hibernate.unproxy(entity) : entity;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field.getDeclaringClass().getSimpleName() + "."
                    + field.getName(), e);
        }
    }

    /** A link to an entity, as its id. */
    private record Link(Object id) {
    }
}
