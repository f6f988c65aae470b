package id.ac.ugm.aicare.model.core.sensitive;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit.Finding;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that someone decided, for every field that can hold free text, whether it is personal or
 * clinical: each text, JSON or collection field of an entity is either {@link Sensitive} or named
 * in the caller's list of harmless fields. A field added later fails the check until it is decided,
 * which is the point: a new column of user text must not slip into {@code toString()} unmarked.
 *
 * <p>Harmless fields are named {@code SimpleClassName.fieldName}. A harmless entry that names no
 * such field, or a field that is also {@code @Sensitive}, is reported too, so the list cannot rot.
 */
public final class TextFieldDecisions {

    private TextFieldDecisions() {
    }

    /** Every undecided text field, stale harmless entry and contradiction; empty when all is decided. */
    public static List<Finding> undecided(Collection<Class<?>> entities, Set<String> harmless) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Class<?>> textFields = new LinkedHashMap<>();
        for (Class<?> entity : entities) {
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!canHoldText(field)) {
                        continue;
                    }
                    String name = entity.getSimpleName() + "." + field.getName();
                    textFields.put(name, entity);
                    boolean sensitive = field.isAnnotationPresent(Sensitive.class);
                    if (!sensitive && !harmless.contains(name)) {
                        findings.add(new Finding(entity, field.getName(),
                                "text field is neither @Sensitive nor declared harmless"));
                    } else if (sensitive && harmless.contains(name)) {
                        findings.add(new Finding(entity, field.getName(), "is @Sensitive and declared harmless"));
                    }
                }
            }
        }
        for (String name : new TreeSet<>(harmless)) {
            if (!textFields.containsKey(name)) {
                findings.add(staleEntry(name, entities));
            }
        }
        return findings;
    }

    private static Finding staleEntry(String name, Collection<Class<?>> entities) {
        int dot = name.indexOf('.');
        String entityName = dot < 0 ? name : name.substring(0, dot);
        String fieldName = dot < 0 ? "" : name.substring(dot + 1);
        return entities.stream().filter(entity -> entity.getSimpleName().equals(entityName)).findFirst()
                .map(entity -> new Finding(entity, fieldName, "declared harmless, but the entity has no such text field"))
                .orElseGet(() -> new Finding(Object.class, name, "declared harmless, but no audited entity is named "
                        + entityName));
    }

    /** Strings, JSON values and collections of values; links to other entities are not text. */
    static boolean canHoldText(Field field) {
        if (Modifier.isStatic(field.getModifiers())
                || field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
            return false;
        }
        Class<?> type = field.getType();
        return CharSequence.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type) || type.isArray();
    }
}
