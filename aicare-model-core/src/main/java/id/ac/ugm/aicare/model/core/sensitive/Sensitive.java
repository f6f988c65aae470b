package id.ac.ugm.aicare.model.core.sensitive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal or clinical content: what a student wrote or said, clinical
 * notes and assessments, contact details, secrets. Such a field never appears in
 * {@code toString()}, logs or exception messages. {@link SensitiveFieldAudit} checks entities for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {

    /** Why the field is sensitive, in a few words (for reviewers; never printed with a value). */
    String value() default "";
}
