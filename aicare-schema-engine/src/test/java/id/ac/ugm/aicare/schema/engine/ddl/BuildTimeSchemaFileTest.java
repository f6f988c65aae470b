package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A build-time schema file is used only when it is exactly what the classes on the classpath
 * render: a changed fingerprint, a damaged or foreign file, or no file, and the models are
 * rendered instead, with the same result the file would have given.
 */
class BuildTimeSchemaFileTest {

    private final ModelCatalog catalog = ModelCatalog.of(List.of(new DiaryModule()));
    private final ModelSchema schema = ModelSchema.of(catalog);

    @Test
    void aFileWrittenFromTheseClassesGivesTheRenderedScript() {
        String file = schema.buildTimeFile("diary");
        assertThat(schema.buildTimeScript(module -> Optional.of(file))).contains(schema.renderedScript());
    }

    @Test
    void theFileKeepsMultiLineStatementsAndBackslashes() {
        SchemaScript rendered = schema.renderedScript();
        assertThat(rendered.statements()).anyMatch(statement -> statement.contains("\n"));
        String file = schema.buildTimeFile("diary");
        assertThat(file.lines()).allMatch(line -> !line.isEmpty());
        assertThat(BuildTimeSchemaFile.unescape(BuildTimeSchemaFile.escape("a\\nb\nc\\\\"))).isEqualTo("a\\nb\nc\\\\");
    }

    @Test
    void aFileFromOtherClassesIsNotUsed() {
        String file = schema.buildTimeFile("diary");
        String fingerprint = file.lines().filter(line -> line.startsWith("fingerprint ")).findFirst().orElseThrow();
        String other = fingerprint.substring(0, fingerprint.length() - 1) + (fingerprint.endsWith("0") ? "1" : "0");
        String stale = file.replace(fingerprint, other);
        assertThat(schema.buildTimeScript(module -> Optional.of(stale))).isEmpty();
    }

    @Test
    void aDamagedForeignOrMissingFileMeansRendering() {
        String file = schema.buildTimeFile("diary");
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("aicare-module-schema 1", "aicare-module-schema 2")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("\ntable ", "\ntable")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("module diary", "module other")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.empty())).isEmpty();
        // The fixture's jar (test classes) carries no file: the public path renders.
        assertThat(schema.buildTimeScript()).isEmpty();
        assertThat(schema.schemaScript()).isEqualTo(schema.renderedScript());
    }
}
