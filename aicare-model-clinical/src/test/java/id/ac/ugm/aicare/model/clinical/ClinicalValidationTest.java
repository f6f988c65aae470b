package id.ac.ugm.aicare.model.clinical;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionCampaign;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bean Validation mirrors the database: what the table would refuse is refused in Java first. */
class ClinicalValidationTest {

    private static final String SECRET = "I have been thinking about ending it";

    private static final Validator validator = BeanValidation.validator();

    private static final User STUDENT = new User("student@example.ac.id");

    @Test
    void aCompleteJournalEntryIsValid() {
        assertThat(validator.validate(new JournalEntry(STUDENT, LocalDate.of(2025, 11, 17), SECRET))).isEmpty();
    }

    @Test
    void blankJournalContentIsRefusedNamingTheField() {
        Set<ConstraintViolation<JournalEntry>> violations =
                validator.validate(new JournalEntry(STUDENT, LocalDate.of(2025, 11, 17), "   "));
        assertThat(paths(violations)).containsExactly("content");
        assertThat(violations.iterator().next().getRootBeanClass()).isEqualTo(JournalEntry.class);
    }

    @Test
    void aJournalEntryNeedsItsAuthorAndDate() {
        assertThat(paths(validator.validate(new JournalEntry(null, null, SECRET)))).containsOnly("user", "entryDate");
    }

    @Test
    void blankCaseNoteIsRefused() {
        assertThat(paths(validator.validate(new CaseNote(null, "")))).contains("note");
    }

    @Test
    void aCaseNeedsStatusSeverityAndUserHash() {
        assertThat(paths(validator.validate(new Case(null, null, " "))))
                .containsOnly("status", "severity", "userHash");
        assertThat(validator.validate(new Case(CaseStatus.NEW, CaseSeverity.HIGH, "hash-1"))).isEmpty();
    }

    @Test
    void blankMessageContentAndMissingRoleAreRefused() {
        assertThat(paths(validator.validate(new Message("s-1", null, "")))).containsOnly("role", "contentRedacted");
        assertThat(validator.validate(new Message("s-1", MessageRole.USER, SECRET))).isEmpty();
    }

    @Test
    void conversationNeedsAllItsRequiredText() {
        assertThat(paths(validator.validate(new Conversation(STUDENT, "", "", "", ""))))
                .containsOnly("sessionId", "conversationId", "message", "response");
    }

    @Test
    void overLongVarcharsAreRefusedWithoutEchoingTheValue() {
        String tooLong = SECRET + "x".repeat(500);
        InterventionPlanRecord plan = new InterventionPlanRecord(STUDENT, tooLong, Map.of(), 3);
        Set<ConstraintViolation<InterventionPlanRecord>> violations = validator.validate(plan);
        assertThat(paths(violations)).containsExactly("planTitle");
        ConstraintViolation<InterventionPlanRecord> violation = violations.iterator().next();
        assertThat(violation.getMessage()).doesNotContain(SECRET);
        assertThat(violation.toString()).doesNotContain(SECRET);

        TriageAssessment triage = new TriageAssessment(STUDENT, null, 0.9, 0.8, "x".repeat(51));
        triage.setRecommendedAction("y".repeat(101));
        assertThat(paths(validator.validate(triage))).containsOnly("severityLevel", "recommendedAction");

        InterventionCampaign campaign = new InterventionCampaign("c".repeat(101), "t".repeat(256), Map.of());
        campaign.setPriority("p".repeat(51));
        assertThat(paths(validator.validate(campaign))).containsOnly("campaignType", "title", "priority");
    }

    @Test
    void stringsAtTheColumnLengthAreAccepted() {
        assertThat(validator.validate(new InterventionPlanRecord(STUDENT, "x".repeat(500), Map.of(), 3))).isEmpty();
    }
}
