package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationStatus;
import id.ac.ugm.aicare.model.gamification.quest.QuestCategory;
import id.ac.ugm.aicare.model.gamification.quest.QuestDifficulty;
import id.ac.ugm.aicare.model.gamification.quest.QuestStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GamificationModelModuleTest {

    private final GamificationModelModule module = new GamificationModelModule();

    @Test
    void isFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(ModelModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(GamificationModelModule.class);
    }

    @Test
    void isNamedGamificationAndDependsOnlyOnAuth() {
        assertThat(module.name()).isEqualTo("gamification");
        assertThat(module.dependsOn()).containsExactly("auth");
    }

    @Test
    void listsAnEntityForEveryTableOfTheGamificationSeedGroup() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Class<?> entity : module.entityClasses()) {
            assertThat(entity).hasAnnotation(Entity.class);
            tables.add(entity.getAnnotation(Table.class).name());
        }
        Set<String> expected = new TreeSet<>();
        reference().path("seed_groups").path("Gamification").forEach(name -> expected.add(name.asText()));
        assertThat(expected).hasSize(9);
        assertThat(tables).isEqualTo(expected);
    }

    @Test
    void enumTypesCarryTheReferenceLabelsInOrder() throws IOException {
        JsonNode enums = reference().path("enums");
        for (Class<?> type : List.of(QuestCategory.class, QuestDifficulty.class, QuestStatus.class,
                AttestationStatus.class)) {
            String typeName = type.getAnnotation(PgEnum.class).value();
            JsonNode declared = null;
            for (JsonNode candidate : enums) {
                if (candidate.path("db_type_name").asText().equals(typeName)) {
                    declared = candidate;
                }
            }
            assertThat(declared).as("reference enum %s", typeName).isNotNull();
            List<String> labels = new ArrayList<>();
            declared.path("db_values").forEach(value -> labels.add(value.asText()));
            assertThat(PgEnums.labels(type)).as(typeName).isEqualTo(labels);
        }
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = GamificationModelModuleTest.class.getResourceAsStream("/aicare-reference-schema.json")) {
            assertThat(in).as("reference schema on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
