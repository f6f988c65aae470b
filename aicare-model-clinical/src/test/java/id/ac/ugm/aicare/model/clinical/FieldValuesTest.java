package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import org.junit.jupiter.api.Test;

/** The round-trip comparison is not vacuous, and its failures name the field without its value. */
class FieldValuesTest {

    @Test
    void aDifferingFieldFailsNamingEntityAndFieldButNotTheValue() {
        Case written = new Case(CaseStatus.NEW, CaseSeverity.HIGH, "hash-of-student-a");
        Case read = new Case(CaseStatus.NEW, CaseSeverity.HIGH, "hash-of-student-b");
        assertThatThrownBy(() -> FieldValues.assertSameValues(written, read))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Case.userHash")
                .hasMessageNotContaining("hash-of-student");
    }

    @Test
    void equalFieldsPass() {
        FieldValues.assertSameValues(new Case(CaseStatus.NEW, CaseSeverity.HIGH, "h"),
                new Case(CaseStatus.NEW, CaseSeverity.HIGH, "h"));
    }

    @Test
    void nullFieldsAreListed() {
        assertThat(FieldValues.nullFields(new Case(CaseStatus.NEW, CaseSeverity.HIGH, "h")))
                .contains("id", "summaryRedacted", "notes").doesNotContain("userHash", "status");
    }
}
