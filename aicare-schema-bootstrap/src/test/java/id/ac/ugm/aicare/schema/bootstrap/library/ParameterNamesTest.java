package id.ac.ugm.aicare.schema.bootstrap.library;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapConfiguration;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module is compiled with {@code -parameters}, so an IDE or a framework shows
 * {@code Conversation(User user, String sessionId, ...)} rather than {@code (User, String, ...)}.
 */
class ParameterNamesTest {

    @Test
    void everyPublicConstructorAndMethodOfEveryEntityKeepsItsParameterNames() {
        List<String> unnamed = new ArrayList<>();
        for (Class<?> entity : ModelCatalog.discover().entityClasses()) {
            unnamed.addAll(unnamedParameters(entity));
        }
        assertThat(ModelCatalog.discover().entityClasses()).hasSizeGreaterThan(60);
        assertThat(unnamed).isEmpty();
    }

    @Test
    void theEnginesPublicApiKeepsItsParameterNames() {
        assertThat(unnamedParameters(SchemaBootstrap.class)).isEmpty();
        assertThat(unnamedParameters(SchemaBootstrapConfiguration.class)).isEmpty();
        assertThat(unnamedParameters(ModelCatalog.class)).isEmpty();
    }

    private static List<String> unnamedParameters(Class<?> type) {
        return Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                .filter(executable -> Modifier.isPublic(executable.getModifiers()) && !executable.isSynthetic())
                .filter(executable -> Stream.of(executable.getParameters()).anyMatch(parameter -> !parameter.isNamePresent()))
                .map(ParameterNamesTest::describe)
                .toList();
    }

    private static String describe(Executable executable) {
        return executable.getDeclaringClass().getSimpleName() + "." + executable.getName()
                + Stream.of(executable.getParameters()).map(Parameter::getName).toList();
    }
}
