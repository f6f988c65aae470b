package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two instances of an entity column by column, by reflection over every mapped field, so a
 * field added later is compared without anyone extending the test. A link is compared by the id of
 * the entity it points to. Times are compared at PostgreSQL's precision (microseconds).
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static void assertSameColumns(Object expected, Object actual) {
        assertThat(actual).isNotNull();
        List<String> compared = new ArrayList<>();
        for (Class<?> type = expected.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Column.class) && !field.isAnnotationPresent(JoinColumn.class)
                        && !field.isAnnotationPresent(Id.class)) {
                    continue;
                }
                Object want = normalise(read(field, expected));
                Object got = normalise(read(field, actual));
                assertThat(got).as("%s.%s", type.getSimpleName(), field.getName()).isEqualTo(want);
                compared.add(field.getName());
            }
        }
        assertThat(compared).isNotEmpty();
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            Object value = field.get(unproxy(target));
            return value instanceof BaseEntity<?> entity
                    ? field.getType().getSimpleName() + "#" + entity.getId()
                    : value;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object unproxy(Object target) {
        return org.hibernate.Hibernate.unproxy(target);
    }

    private static Object normalise(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof Instant time) {
            return time.truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof LocalTime time) {
            return time.truncatedTo(ChronoUnit.MICROS);
        }
        return value;
    }
}
