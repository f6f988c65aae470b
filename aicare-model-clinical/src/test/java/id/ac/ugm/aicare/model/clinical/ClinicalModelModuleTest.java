package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.jpa.AnnotatedTableNames;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClinicalModelModuleTest {

    private final ClinicalModelModule module = new ClinicalModelModule();
    private final ReferenceSchema reference = ReferenceSchema.load();

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
    void listsAnEntityForEveryMentalHealthTablePlusUserSummaries() {
        assertThat(module.entityClasses()).doesNotHaveDuplicates()
                .allSatisfy(entity -> assertThat(entity.getPackageName()).startsWith("id.ac.ugm.aicare.model.clinical."));
        Set<String> expected = reference.seedGroup("Mental Health");
        expected.add("user_summaries"); // the 69th table, left out of the seed list
        assertThat(expected).hasSize(16).isEqualTo(AnnotatedTableNames.of(module.entityClasses()));
    }

    @Test
    void enumTypesCarryTheReferenceNamesAndLabelsInOrder() {
        for (Class<?> type : List.of(CaseStatus.class, CaseSeverity.class, MessageRole.class)) {
            String typeName = type.getAnnotation(PgEnum.class).value();
            assertThat(PgEnums.labels(type)).as(typeName).isEqualTo(reference.enumLabels(typeName));
        }
    }
}
