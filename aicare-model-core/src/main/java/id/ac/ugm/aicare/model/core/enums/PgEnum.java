package id.ac.ugm.aicare.model.core.enums;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the native PostgreSQL enum type that stores a Java enum. The type's labels are the
 * constants' {@link DbLabeled#dbLabel() database labels}, in declaration order, which is also the
 * sort order PostgreSQL gives them.
 *
 * <p>An attribute of such an enum is mapped with the enum's {@link PgEnumConverter} and
 * {@code @JdbcType(PgEnumJdbcType.class)}; the schema tools create the type before the tables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PgEnum {

    /** The PostgreSQL type name, exactly as the database has it, e.g. {@code case_status_enum}. */
    String value();
}
