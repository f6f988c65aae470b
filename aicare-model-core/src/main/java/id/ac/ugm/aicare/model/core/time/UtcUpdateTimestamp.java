package id.ac.ugm.aicare.model.core.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.ValueGenerationType;

/**
 * Sets a {@code LocalDateTime} field to the current UTC wall-clock time on every insert and update;
 * see {@link UtcCreationTimestamp} for why UTC.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@ValueGenerationType(generatedBy = UtcNowGenerator.OnInsertAndUpdate.class)
public @interface UtcUpdateTimestamp {
}
