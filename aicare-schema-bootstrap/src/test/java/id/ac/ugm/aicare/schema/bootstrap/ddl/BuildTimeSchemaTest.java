package id.ac.ugm.aicare.schema.bootstrap.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema each model jar carries from its build is the schema the models render now: for all
 * seven modules together, for each module with what it depends on, and for each file's
 * fingerprint against the classes here (the jars on this module's test classpath, as a service
 * or the CLI would load them).
 */
class BuildTimeSchemaTest {

    private static final ModelCatalog ALL = ModelCatalog.discover();

    @Test
    void everyModelJarCarriesTheSchemaFileItsClassesRenderNow() throws Exception {
        assertThat(ALL.moduleNames()).hasSize(7);
        for (ModelModule module : ALL.modules()) {
            try (InputStream in = module.getClass().getClassLoader()
                    .getResourceAsStream(ModelSchema.buildTimeResource(module.name()))) {
                assertThat(in).as("schema file of module %s", module.name()).isNotNull();
                String carried = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // Byte for byte, fingerprint included: the file is what the build would write now.
                assertThat(carried).as("schema file of module %s", module.name())
                        .isEqualTo(ModelSchema.of(ALL.select(List.of(module.name()))).buildTimeFile(module.name()));
            }
        }
    }

    @Test
    void theWholeSchemaFromTheJarsIsTheRenderedOneStatementForStatement() {
        ModelSchema schema = ModelSchema.of(ALL);
        SchemaScript fromJars = schema.buildTimeScript().orElseThrow();
        SchemaScript rendered = schema.renderedScript();
        assertThat(fromJars.statements()).containsExactlyElementsOf(rendered.statements());
        assertThat(fromJars).isEqualTo(rendered);
        assertThat(fromJars.toSql()).isEqualTo(rendered.toSql());
        assertThat(schema.schemaScript()).isEqualTo(rendered);
    }

    @Test
    void eachModuleWithItsDependenciesFromTheJarsIsTheRenderedOne() {
        for (String module : ALL.moduleNames()) {
            ModelSchema schema = ModelSchema.of(ALL.select(List.of(module)));
            assertThat(schema.buildTimeScript()).as("module %s", module).isPresent();
            assertThat(schema.buildTimeScript().orElseThrow()).as("module %s", module).isEqualTo(schema.renderedScript());
        }
    }
}
