package id.ac.ugm.aicare.model.core.types;

import java.lang.reflect.Type;
import java.util.List;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;

/**
 * Registers Hibernate's ordinary collection descriptor for {@code List<String>} before any entity is
 * bound, so that a {@code List<String>} column is bound the same way whatever order the entities are
 * registered in.
 *
 * <p>Why: Hibernate keeps one Java type descriptor per Java type for a whole persistence unit. When
 * the first {@code List<String>} attribute it binds is a {@code @JdbcTypeCode(SqlTypes.JSON)} one
 * (a {@code Message}'s {@code tools_used}) and no descriptor exists yet, Hibernate registers a
 * JSON-only descriptor for {@code List<String>}; every {@code @JdbcTypeCode(SqlTypes.ARRAY)}
 * {@code List<String>} bound after it (the {@code varchar[]} columns of auth) then silently becomes
 * JSON: schema validation fails and inserts send {@code jsonb} to a {@code varchar[]} column. With
 * the collection descriptor in place first, array attributes bind as arrays and JSON attributes as
 * JSON, in every order. Hibernate finds this class through
 * {@code META-INF/services/org.hibernate.boot.model.TypeContributor}, so it applies wherever the
 * core jar is on the classpath, whoever builds the persistence unit.
 */
public final class StringListTypeContributor implements TypeContributor {

    /** Only its declared type is used: {@code List<String>} as a reflective {@link Type}. */
    @SuppressWarnings("unused")
    private static List<String> listOfString;

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.getTypeConfiguration().getJavaTypeRegistry().resolveDescriptor(listOfStringType());
    }

    static Type listOfStringType() {
        try {
            return StringListTypeContributor.class.getDeclaredField("listOfString").getGenericType();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
