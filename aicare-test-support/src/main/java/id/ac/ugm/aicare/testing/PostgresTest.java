package id.ac.ugm.aicare.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own throw-away PostgreSQL database, created before the first
 * test and dropped after the last. Declare a parameter of type {@link TestDatabase} in a
 * constructor, a {@code @BeforeAll}/{@code @BeforeEach} method or a test method to use it.
 *
 * <p>The server is, in this order: the one named by {@code AICARE_TEST_JDBC_URL} (with
 * {@code AICARE_TEST_JDBC_USER} and {@code AICARE_TEST_JDBC_PASSWORD}); a Testcontainers
 * PostgreSQL 16 when a Docker engine answers; an embedded PostgreSQL 16. When none can be had,
 * every test of the class fails with the reason; none is skipped.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TestDatabaseExtension.class)
public @interface PostgresTest {
}
