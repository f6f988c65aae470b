package id.ac.ugm.aicare.model.core.entity;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Identity rules shared by every entity, written once.
 *
 * <p>Two entities are equal when they are of the same persistent class and carry the same non-null
 * id; a transient entity equals only itself. The hash code is constant per class so that an entity
 * keeps its hash when it is persisted and its generated id appears (the Hibernate guide's advice
 * for generated ids). A proxy counts as its entity's class without being loaded, so a detached,
 * uninitialised proxy can still be compared and put in a hash set.
 *
 * @param <I> the id type
 */
public abstract class BaseEntity<I> {

    /** The primary key, or {@code null} before the row exists. */
    public abstract I getId();

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity<?> that)) {
            return false;
        }
        if (persistentClass(this) != persistentClass(that)) {
            return false;
        }
        I id = getId();
        return id != null && id.equals(that.getId());
    }

    @Override
    public final int hashCode() {
        return persistentClass(this).hashCode();
    }

    /** The entity class behind a possible proxy, read from the proxy's initializer without loading it. */
    private static Class<?> persistentClass(Object entity) {
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(entity);
        return initializer != null ? initializer.getPersistentClass() : entity.getClass();
    }
}
