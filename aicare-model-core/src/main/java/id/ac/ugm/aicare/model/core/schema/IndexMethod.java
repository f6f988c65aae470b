package id.ac.ugm.aicare.model.core.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a named {@code @Index} of the entity's table a PostgreSQL access method other than
 * B-tree, for example {@code gin} for an array or JSONB column. JPA's {@code @Index} has no place
 * for it, and the schema tools render {@code CREATE INDEX name ON table USING method (...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexMethod.List.class)
public @interface IndexMethod {

    /** The {@code @Index} name this applies to. */
    String index();

    /** The access method, e.g. {@code gin}, {@code gist}, {@code brin}, {@code hash}. */
    String using();

    /** Holder for repeated declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        IndexMethod[] value();
    }
}
