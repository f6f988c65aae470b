package id.ac.ugm.aicare.model.core.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.ValueGenerationType;

/**
 * Sets a {@code LocalDateTime} field (a {@code timestamp without time zone} column) to the current
 * UTC wall-clock time when the row is inserted. Hibernate's {@code @CreationTimestamp} would use the
 * JVM's time zone, so two services in different zones would write different "now"s into the same
 * column; these columns hold UTC throughout the platform.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@ValueGenerationType(generatedBy = UtcNowGenerator.OnInsert.class)
public @interface UtcCreationTimestamp {
}
