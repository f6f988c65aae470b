package id.ac.ugm.aicare.testing.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Bean Validation for tests: one validator for the JVM, the property paths a bean violates, and
 * the check that an insert was refused naming the entity and the field.
 *
 * <p>Nothing here prints an invalid value: a failure names classes, property paths and
 * constraints only, since the values are personal test data.
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    /**
     * The default provider's validator. Its factory is built on first use and lives as long as the
     * test JVM; a validator is thread-safe, so every test class can share it.
     */
    public static Validator validator() {
        return Shared.FACTORY.getValidator();
    }

    /** The property paths {@link #validator()} finds violated on the bean (empty when it is valid). */
    public static Set<String> violatedPaths(Object bean) {
        return paths(validator().validate(bean));
    }

    /** The property paths of the violations, as text ({@code "email"}, {@code "steps[0].content"}). */
    public static Set<String> paths(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The Bean Validation failure in {@code thrown} or among its causes (a failed commit wraps the
     * failure of the flush); a throwable without one fails the test.
     */
    public static ConstraintViolationException violationIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        throw new AssertionError("No ConstraintViolationException behind "
                + (thrown == null ? "a call that did not fail" : thrown.getClass().getName()));
    }

    /**
     * Asserts that {@code failure} is the Bean Validation failure of exactly one violation, of
     * {@code field} on a bean of class {@code entity}, and that its message names both (so the log
     * of a refused insert says what was refused, without the value).
     */
    public static void assertRefusedNaming(Throwable failure, Class<?> entity, String field) {
        if (!(failure instanceof ConstraintViolationException violation)) {
            throw new AssertionError("The insert must be refused by Bean Validation, but "
                    + (failure == null ? "nothing was thrown" : failure.getClass().getName() + " was thrown"));
        }
        List<String> violated = violation.getConstraintViolations().stream()
                .map(v -> v.getRootBeanClass().getSimpleName() + "." + v.getPropertyPath()).toList();
        String expected = entity.getSimpleName() + "." + field;
        if (!violated.equals(List.of(expected))) {
            throw new AssertionError("Expected exactly the violation " + expected + ", got " + violated);
        }
        for (ConstraintViolation<?> v : violation.getConstraintViolations()) {
            if (v.getRootBeanClass() != entity) {
                throw new AssertionError("Expected a violation on " + entity.getName() + ", got one on "
                        + v.getRootBeanClass().getName());
            }
        }
        String message = String.valueOf(failure.getMessage());
        if (!message.contains(entity.getName()) || !message.contains(field)) {
            throw new AssertionError("The failure's message does not name " + entity.getName() + " and " + field);
        }
    }

    private static final class Shared {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }
}
