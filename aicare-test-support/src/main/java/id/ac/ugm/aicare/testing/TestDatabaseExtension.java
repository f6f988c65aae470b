package id.ac.ugm.aicare.testing;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Creates one database per test class on the shared test server and drops it (with every sibling
 * the tests made) after the class. Use it through {@link PostgresTest}.
 *
 * <p>If no server can be had, {@code beforeAll} throws: JUnit then reports each test of the class
 * as failed with that message. An assumption would make the build green with nothing tested.
 */
public class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getRequiredTestClass(),
                testClass -> PostgresServers.shared().createDatabase(databaseName(testClass)),
                TestDatabase.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), TestDatabase.class);
        if (database != null) {
            database.server().dropDatabaseAndSiblings(database.name());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        for (ExtensionContext current = context; current != null; current = current.getParent().orElse(null)) {
            TestDatabase database = current.getStore(NAMESPACE).get(testClass, TestDatabase.class);
            if (database != null) {
                return database;
            }
        }
        throw new ParameterResolutionException("No test database for " + testClass.getName()
                + ": annotate the class with @PostgresTest");
    }

    /** A readable, unique, valid identifier: t_<class>_<random>. */
    private static String databaseName(Class<?> testClass) {
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (simple.length() > 30) {
            simple = simple.substring(0, 30);
        }
        return "t_" + simple + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
