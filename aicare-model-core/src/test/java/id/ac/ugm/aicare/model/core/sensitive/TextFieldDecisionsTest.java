package id.ac.ugm.aicare.model.core.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFieldDecisionsTest {

    static class Base {
        Integer id;
        String createdBy;
    }

    static class Diary extends Base {
        @Sensitive
        String entry;
        String status;
        Map<String, Object> settings;
        List<String> tags;
        String[] labels;
        Boolean archived;
        @OneToMany
        List<Diary> children = new ArrayList<>();
    }

    @Test
    void aFieldThatIsSensitiveOrDeclaredHarmlessIsDecided() {
        assertThat(TextFieldDecisions.undecided(List.of(Diary.class), Set.of("Diary.createdBy", "Diary.status",
                "Diary.settings", "Diary.tags", "Diary.labels"))).isEmpty();
    }

    @Test
    void everyUndecidedTextJsonOrCollectionFieldIsNamedIncludingInheritedOnes() {
        assertThat(TextFieldDecisions.undecided(List.of(Diary.class), Set.of()))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "Diary.status: text field is neither @Sensitive nor declared harmless",
                        "Diary.settings: text field is neither @Sensitive nor declared harmless",
                        "Diary.tags: text field is neither @Sensitive nor declared harmless",
                        "Diary.labels: text field is neither @Sensitive nor declared harmless",
                        "Diary.createdBy: text field is neither @Sensitive nor declared harmless");
    }

    @Test
    void aHarmlessEntryNamingNoTextFieldIsReported() {
        assertThat(TextFieldDecisions.undecided(List.of(Diary.class), Set.of("Diary.createdBy", "Diary.status",
                "Diary.settings", "Diary.tags", "Diary.labels", "Diary.archived", "Diray.status")))
                .extracting(Object::toString)
                .containsExactly("Diary.archived: declared harmless, but the entity has no such text field",
                        "Object.Diray.status: declared harmless, but no audited entity is named Diray");
    }

    @Test
    void aFieldBothSensitiveAndDeclaredHarmlessIsReported() {
        assertThat(TextFieldDecisions.undecided(List.of(Diary.class), Set.of("Diary.createdBy", "Diary.status",
                "Diary.settings", "Diary.tags", "Diary.labels", "Diary.entry")))
                .extracting(Object::toString)
                .containsExactly("Diary.entry: is @Sensitive and declared harmless");
    }
}
