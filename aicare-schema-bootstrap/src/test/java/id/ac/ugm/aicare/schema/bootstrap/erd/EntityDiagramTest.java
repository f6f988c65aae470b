package id.ac.ugm.aicare.schema.bootstrap.erd;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.DiagramTable;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.KeyColumn;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram.Link;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityDiagramTest {

    private static final ModelMetadata MODELS = ModelSchema.of(ModelCatalog.discover()).metadata();

    private static DiagramTable table(EntityDiagram diagram, String name) {
        return diagram.tables().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }

    private static Link link(EntityDiagram diagram, String table, String column) {
        return diagram.links().stream()
                .filter(link -> link.table().equals(table) && link.columns().equals(List.of(column)))
                .findFirst().orElseThrow();
    }

    @Test
    void aTableShowsItsPrimaryKeyFirstAndThenItsForeignKeyColumns() {
        EntityDiagram diagram = EntityDiagram.of(MODELS, List.of("auth"));
        assertThat(table(diagram, "user_audit_log").keyColumns()).containsExactly(
                new KeyColumn("id", "integer", true, false),
                new KeyColumn("user_id", "integer", false, true),
                new KeyColumn("changed_by_user_id", "integer", false, true));
    }

    @Test
    void aNullableForeignKeyIsAnOptionalLinkAndANotNullOneIsNot() {
        EntityDiagram diagram = EntityDiagram.of(MODELS, List.of("auth"));
        assertThat(link(diagram, "user_audit_log", "changed_by_user_id").optional()).isTrue();
        assertThat(link(diagram, "user_audit_log", "user_id").optional()).isFalse();
    }

    @Test
    void aUniqueForeignKeyPointsFromAtMostOneRow() {
        EntityDiagram diagram = EntityDiagram.of(MODELS, List.of("auth"));
        assertThat(link(diagram, "user_profiles", "user_id").atMostOne()).isTrue();
        assertThat(link(diagram, "user_sessions", "user_id").atMostOne()).isFalse();
    }

    @Test
    void tablesOfOtherModulesThatAreReferencedAppearByNameOnly() {
        EntityDiagram diagram = EntityDiagram.of(MODELS, List.of("clinical"));
        assertThat(diagram.tables()).extracting(DiagramTable::module).containsOnly("clinical");
        assertThat(diagram.elsewhere()).contains("users").doesNotContain("conversations");
    }

    @Test
    void noModuleNamedDrawsEveryTable() {
        EntityDiagram diagram = EntityDiagram.of(MODELS, List.of());
        assertThat(diagram.tables()).hasSize(MODELS.allTables().size());
        assertThat(diagram.elsewhere()).isEmpty();
    }
}
