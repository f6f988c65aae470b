package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
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

class ClinicalModelModuleTest {

    private final ClinicalModelModule module = new ClinicalModelModule();

    @Test
    void isFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(ModelModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(ClinicalModelModule.class);
    }

    @Test
    void isNamedClinicalAndDependsOnlyOnAuth() {
        assertThat(module.name()).isEqualTo("clinical");
        assertThat(module.dependsOn()).containsExactly("auth");
    }

    @Test
    void listsAnEntityForEveryMentalHealthTablePlusUserSummaries() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Class<?> entity : module.entityClasses()) {
            assertThat(entity).hasAnnotation(Entity.class);
            assertThat(entity.getPackageName()).startsWith("id.ac.ugm.aicare.model.clinical.");
            tables.add(entity.getAnnotation(Table.class).name());
        }
        Set<String> expected = new TreeSet<>();
        reference().path("seed_groups").path("Mental Health").forEach(name -> expected.add(name.asText()));
        expected.add("user_summaries"); // the 69th table, left out of the seed list
        assertThat(expected).hasSize(16);
        assertThat(tables).isEqualTo(expected);
        assertThat(module.entityClasses()).doesNotHaveDuplicates();
    }

    @Test
    void enumTypesCarryTheReferenceNamesAndLabelsInOrder() throws IOException {
        JsonNode enums = reference().path("enums");
        for (Class<?> type : List.of(CaseStatus.class, CaseSeverity.class, MessageRole.class)) {
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
        try (InputStream in = ClinicalModelModuleTest.class.getResourceAsStream("/aicare-reference-schema.json")) {
            assertThat(in).as("reference schema on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
