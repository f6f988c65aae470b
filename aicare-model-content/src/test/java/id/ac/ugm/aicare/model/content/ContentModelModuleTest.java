package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.jpa.AnnotatedTableNames;
import java.util.ServiceLoader;
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
    void listsAnEntityForEveryTableOfTheContentSeedGroup() {
        assertThat(ReferenceSchema.load().seedGroup("Content & Scheduling")).hasSize(11)
                .isEqualTo(AnnotatedTableNames.of(module.entityClasses()));
    }
}
