package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationStatus;
import id.ac.ugm.aicare.model.gamification.quest.QuestCategory;
import id.ac.ugm.aicare.model.gamification.quest.QuestDifficulty;
import id.ac.ugm.aicare.model.gamification.quest.QuestStatus;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.jpa.AnnotatedTableNames;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GamificationModelModuleTest {

    private final GamificationModelModule module = new GamificationModelModule();
    private final ReferenceSchema reference = ReferenceSchema.load();

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
    void listsAnEntityForEveryTableOfTheGamificationSeedGroup() {
        assertThat(reference.seedGroup("Gamification")).hasSize(9)
                .isEqualTo(AnnotatedTableNames.of(module.entityClasses()));
    }

    @Test
    void enumTypesCarryTheReferenceLabelsInOrder() {
        for (Class<?> type : List.of(QuestCategory.class, QuestDifficulty.class, QuestStatus.class,
                AttestationStatus.class)) {
            String typeName = type.getAnnotation(PgEnum.class).value();
            assertThat(PgEnums.labels(type)).as(typeName).isEqualTo(reference.enumLabels(typeName));
        }
    }
}
