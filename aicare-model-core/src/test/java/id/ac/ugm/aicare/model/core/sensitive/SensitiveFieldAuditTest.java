package id.ac.ugm.aicare.model.core.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveFieldAuditTest {

    static class Careful {
        Integer id = 7;
        @Sensitive
        String note;
        @Sensitive
        Boolean onMedication;
        @Sensitive
        Map<String, Object> answers;

        @Override
        public String toString() {
            return "Careful(id=" + id + ")";
        }
    }

    static class Leaky {
        @Sensitive
        String note;
        @Sensitive
        Boolean onMedication;
        @Sensitive
        List<String> tags;

        @Override
        public String toString() {
            return "Leaky(note=" + note + ", onMedication=" + onMedication + ", " + tags + ")";
        }
    }

    @Test
    void aToStringOfIdsOnlyPasses() {
        assertThat(SensitiveFieldAudit.audit(Careful.class)).isEmpty();
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Careful.class))
                .containsExactly("answers", "note", "onMedication");
    }

    @Test
    void everyLeakingFieldIsNamedWithoutItsValue() {
        List<SensitiveFieldAudit.Finding> findings = SensitiveFieldAudit.audit(Leaky.class);
        assertThat(findings).extracting(SensitiveFieldAudit.Finding::field)
                .containsExactlyInAnyOrder("note", "onMedication", "tags");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.toString()).doesNotContain("canary"));
    }
}
