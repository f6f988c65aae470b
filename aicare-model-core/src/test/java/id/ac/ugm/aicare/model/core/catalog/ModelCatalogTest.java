package id.ac.ugm.aicare.model.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private record Module(String name, List<String> dependsOn, List<Class<?>> entityClasses) implements ModelModule {
        Module(String name, String... dependsOn) {
            this(name, List.of(dependsOn), List.of());
        }
    }

    @Test
    void ordersModulesAfterTheirDependenciesThenByName() {
        ModelCatalog catalog = ModelCatalog.of(List.of(new Module("langgraph", "campaigns"), new Module("finance", "auth"),
                new Module("campaigns", "auth", "clinical"), new Module("clinical", "auth"), new Module("auth")));
        assertThat(catalog.moduleNames()).containsExactly("auth", "clinical", "campaigns", "finance", "langgraph");
    }

    @Test
    void selectingAModuleBringsItsDependencies() {
        ModelCatalog catalog = ModelCatalog.of(List.of(new Module("auth"), new Module("clinical", "auth"),
                new Module("finance", "auth")));
        assertThat(catalog.select(List.of("clinical")).moduleNames()).containsExactly("auth", "clinical");
    }

    @Test
    void aMissingDependencyIsNamed() {
        assertThatThrownBy(() -> ModelCatalog.of(List.of(new Module("clinical", "auth"))))
                .isInstanceOf(ModelDiscoveryException.class)
                .hasMessage("Model module 'clinical' depends on 'auth', which is not on the classpath "
                        + "(add the aicare-model-auth jar)");
    }

    @Test
    void aCycleIsNamed() {
        assertThatThrownBy(() -> ModelCatalog.of(List.of(new Module("a", "b"), new Module("b", "a"))))
                .isInstanceOf(ModelDiscoveryException.class).hasMessageContaining("cycle").hasMessageContaining("a, b");
    }

    @Test
    void duplicateNamesAreRefused() {
        assertThatThrownBy(() -> ModelCatalog.of(List.of(new Module("auth"), new Module("auth"))))
                .isInstanceOf(ModelDiscoveryException.class).hasMessageContaining("Two model modules are named 'auth'");
    }

    @Test
    void anUnknownModuleIsNamedWithWhatExists() {
        ModelCatalog catalog = ModelCatalog.of(List.of(new Module("auth")));
        assertThatThrownBy(() -> catalog.select(List.of("billing"))).isInstanceOf(ModelDiscoveryException.class)
                .hasMessage("Unknown module 'billing'; the classpath has: auth");
    }
}
