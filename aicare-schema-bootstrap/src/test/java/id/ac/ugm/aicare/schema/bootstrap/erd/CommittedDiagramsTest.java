package id.ac.ugm.aicare.schema.bootstrap.erd;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagrams in docs/erd/ are the models' own: a change to the models without scripts/update-erd fails here. */
class CommittedDiagramsTest {

    // Maven runs the tests in the module's folder; docs/ is at the repository root.
    private static final Path DIAGRAMS = Path.of("..", "docs", "erd");
    private static final String FENCE_START = "```mermaid\n";
    private static final String FENCE_END = "```\n";
    private static final ModelCatalog CATALOG = ModelCatalog.discover();

    @Test
    void theWholeSchemaDiagramMatchesTheModels() throws IOException {
        assertThat(committed("schema"))
                .as("docs/erd/schema.md is stale: run scripts/update-erd")
                .isEqualTo(DiagramFormat.MERMAID.render(EntityDiagram.of(ModelSchema.of(CATALOG).metadata(), List.of())));
    }

    @Test
    void eachModuleDiagramMatchesTheModels() throws IOException {
        for (String module : CATALOG.moduleNames()) {
            assertThat(committed(module))
                    .as("docs/erd/" + module + ".md is stale: run scripts/update-erd")
                    .isEqualTo(DiagramFormat.MERMAID.render(EntityDiagram.of(ModelSchema.of(CATALOG).metadata(), List.of(module))));
        }
    }

    /** The Mermaid block of a committed diagram page. */
    private static String committed(String name) throws IOException {
        Path page = DIAGRAMS.resolve(name + ".md");
        assertThat(page).as(page + " is missing: run scripts/update-erd").exists();
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(FENCE_START);
        assertThat(start).as(page + " has no mermaid block").isNotNegative();
        int end = text.indexOf(FENCE_END, start + FENCE_START.length());
        return text.substring(start + FENCE_START.length(), end);
    }
}
