package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ContentModelModuleTest {

    private final ContentModelModule module = new ContentModelModule();

    @Test
    void isFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(ModelModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(ContentModelModule.class);
    }

    @Test
    void isNamedContentAndDependsOnAuthAndClinical() {
        assertThat(module.name()).isEqualTo("content");
        assertThat(module.dependsOn()).containsExactly("auth", "clinical");
    }

    @Test
    void listsAnEntityForEveryTableOfTheContentSeedGroup() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Class<?> entity : module.entityClasses()) {
            assertThat(entity).hasAnnotation(Entity.class);
            tables.add(entity.getAnnotation(Table.class).name());
        }
        Set<String> expected = new TreeSet<>();
        reference().path("seed_groups").path("Content & Scheduling").forEach(name -> expected.add(name.asText()));
        assertThat(expected).hasSize(11);
        assertThat(tables).isEqualTo(expected);
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = ContentModelModuleTest.class.getResourceAsStream("/aicare-reference-schema.json")) {
            assertThat(in).as("reference schema on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
