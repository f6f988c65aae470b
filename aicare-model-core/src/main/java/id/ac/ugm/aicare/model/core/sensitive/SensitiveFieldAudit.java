package id.ac.ugm.aicare.model.core.sensitive;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Proves by reflection that no {@link Sensitive} field of an entity reaches its {@code toString()}.
 *
 * <p>Each sensitive field in turn is filled with a recognisable canary value on a fresh instance
 * made through the entity's no-argument constructor; if the canary shows up in
 * {@code toString()}, the field leaks. Because the audit walks every field it finds, a field added
 * later is covered without anyone remembering to extend a test.
 */
public final class SensitiveFieldAudit {

    private SensitiveFieldAudit() {
    }

    /** One problem found: the entity and field at fault and what is wrong. Never a field value. */
    public record Finding(Class<?> entity, String field, String problem) {
        @Override
        public String toString() {
            return entity.getSimpleName() + "." + field + ": " + problem;
        }
    }

    /** Audits each class; an empty list means every sensitive field is kept out of toString(). */
    public static List<Finding> audit(Collection<Class<?>> entities) {
        List<Finding> findings = new ArrayList<>();
        for (Class<?> entity : entities) {
            findings.addAll(audit(entity));
        }
        return findings;
    }

    /** Audits one class. */
    public static List<Finding> audit(Class<?> entity) {
        List<Finding> findings = new ArrayList<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Sensitive.class) || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                probe(entity, field, findings);
            }
        }
        return findings;
    }

    /** The names of the sensitive fields of a class and its superclasses. */
    public static Set<String> sensitiveFieldNames(Class<?> entity) {
        Set<String> names = new java.util.TreeSet<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Sensitive.class)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /**
     * Fills the field with a canary where its type allows one; for any type (a Boolean flag has no
     * recognisable value) the field's name followed by {@code =} must not appear either, which is
     * how Lombok and hand-written toString()s print a field.
     */
    private static void probe(Class<?> entity, Field field, List<Finding> findings) {
        String canary = "canary-" + UUID.randomUUID();
        Object value = canaryFor(field.getType(), canary);
        try {
            Object instance = newInstance(entity);
            if (value != null) {
                field.setAccessible(true);
                field.set(instance, value);
            }
            String text = String.valueOf(instance);
            if ((value != null && (text.contains(canary) || text.contains(String.valueOf(value))))
                    || text.contains(field.getName() + "=")) {
                findings.add(new Finding(entity, field.getName(), "appears in toString()"));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            findings.add(new Finding(entity, field.getName(), "cannot be probed: " + e.getClass().getSimpleName()));
        }
    }

    private static Object newInstance(Class<?> entity) throws ReflectiveOperationException {
        Constructor<?> constructor = entity.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** A value of the field's type whose printed form is unmistakable. */
    private static Object canaryFor(Class<?> type, String canary) {
        if (type == String.class) {
            return canary;
        }
        if (type == Map.class) {
            return Map.of(canary, canary);
        }
        if (type == List.class || type == Collection.class) {
            return List.of(canary);
        }
        if (type.isArray() && type.getComponentType() == String.class) {
            Object array = Array.newInstance(String.class, 1);
            Array.set(array, 0, canary);
            return array;
        }
        if (type == Integer.class || type == int.class) {
            return 918_273_645;
        }
        if (type == Long.class || type == long.class) {
            return 918_273_645_546_372_819L;
        }
        if (type == Double.class || type == double.class) {
            return 9182.736455463728;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("918273.645546");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1911, 11, 19);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(1911, 11, 19, 11, 19, 11);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(11, 19, 11, 918_273);
        }
        if (type == Instant.class) {
            return Instant.parse("1911-11-19T11:19:11.918273Z");
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(1911, 11, 19, 11, 19, 11, 918_273_000, ZoneOffset.ofHours(7));
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(canary.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return null; // enum constant names are schema vocabulary, printed with other values anyway
        }
        return null;
    }
}
