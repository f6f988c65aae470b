package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.model.ModelMappingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering a catalog the models cannot map names the class and field at fault, on one line. */
class ModelSchemaTest {

    private record Module(String name, List<String> dependsOn, List<Class<?>> entityClasses) implements ModelModule {
    }

    /** An entity whose collection has no mapping target: Hibernate cannot map it. */
    @Entity
    @Table(name = "broken")
    static class Broken {
        @Id
        @Column(name = "id")
        Integer id;

        @OneToMany
        List<String> words;
    }

    @Test
    void anUnmappableEntityIsNamedWithItsField() {
        ModelCatalog catalog = ModelCatalog.of(List.of(new Module("broken", List.of(), List.of(Broken.class))));
        assertThatThrownBy(() -> ModelSchema.of(catalog).ddl()).isInstanceOf(ModelMappingException.class)
                .hasMessageContaining("Broken").hasMessageContaining("words")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aListedClassThatIsNotAnEntityIsNamed() {
        ModelCatalog catalog = ModelCatalog.of(List.of(new Module("odd", List.of(), List.of(String.class))));
        assertThatThrownBy(() -> ModelSchema.of(catalog).ddl()).isInstanceOf(ModelMappingException.class)
                .hasMessageContaining("java.lang.String");
    }
}
