package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import java.util.HashMap;
import java.util.Map;

/**
 * Where in a file each object name first appears, so that "did an earlier statement create (or
 * drop) this?" costs one lookup instead of a walk over every statement before: a file of many
 * thousand statements must lint in time proportional to its length.
 */
final class EarlierNames {

    /** The first statement order of one name: any schema, unqualified, and per schema. */
    private static final class Firsts {
        int any = Integer.MAX_VALUE;
        int unqualified = Integer.MAX_VALUE;
        final Map<String, Integer> bySchema = new HashMap<>();
    }

    private final Map<String, Firsts> byName = new HashMap<>();

    /** Records that statement {@code order} names {@code name}. */
    void add(QualifiedName name, int order) {
        Firsts firsts = byName.computeIfAbsent(name.name(), n -> new Firsts());
        firsts.any = Math.min(firsts.any, order);
        if (name.schema() == null) {
            firsts.unqualified = Math.min(firsts.unqualified, order);
        } else {
            firsts.bySchema.merge(name.schema(), order, Math::min);
        }
    }

    /** True when a statement before {@code order} names an object that can be {@code name} ({@link QualifiedName#sameObjectAs}). */
    boolean before(QualifiedName name, int order) {
        Firsts firsts = byName.get(name.name());
        if (firsts == null) {
            return false;
        }
        if (name.schema() == null) {
            return firsts.any < order;
        }
        return Math.min(firsts.unqualified, firsts.bySchema.getOrDefault(name.schema(), Integer.MAX_VALUE)) < order;
    }
}
