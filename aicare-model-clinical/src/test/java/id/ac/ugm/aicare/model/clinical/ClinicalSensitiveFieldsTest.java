package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.UserSummary;
import id.ac.ugm.aicare.model.clinical.feedback.Feedback;
import id.ac.ugm.aicare.model.clinical.flagging.FlaggedSession;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanStepCompletion;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.journal.JournalReflectionPoint;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClinicalSensitiveFieldsTest {

    /**
     * Text and JSON fields that hold no personal or clinical content: identifiers, workflow states,
     * staff-written campaign and prompt content, a counselor's public professional profile. Any other
     * text or JSON field must be {@link Sensitive}; a new one fails the test below until someone
     * decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "Conversation.sessionId", "Conversation.conversationId",
            "Message.sessionId", "Message.toolsUsed", "Message.traceId",
            "UserSummary.summarizedSessionId",
            "Feedback.sessionId", "Feedback.category",
            "JournalPrompt.category", "JournalPrompt.text",
            "Case.sessionId",
            "CaseAssignment.previousAssignee",
            "InterventionCampaign.campaignType", "InterventionCampaign.title", "InterventionCampaign.description",
            "InterventionCampaign.content", "InterventionCampaign.targetCriteria",
            "InterventionCampaign.priority", "InterventionCampaign.status",
            "InterventionPlanRecord.sessionId", "InterventionPlanRecord.status",
            "FlaggedSession.sessionId", "FlaggedSession.status",
            "Psychologist.specialization", "Psychologist.education", "Psychologist.certifications",
            "Psychologist.languages", "Psychologist.availabilitySchedule");

    private final List<Class<?>> entities = new ClinicalModelModule().entityClasses();

    @Test
    void noSensitiveFieldOfAnyEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(entities)).isEmpty();
    }

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(entities, HARMLESS_TEXT_FIELDS)).isEmpty();
    }

    @Test
    void whatStudentsWriteOrSayAndClinicalContentIsMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Conversation.class)).contains("message", "response");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Message.class)).contains("contentRedacted");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserSummary.class)).contains("summaryText");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Feedback.class))
                .contains("improvementSuggestion", "goalAchieved");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(JournalEntry.class)).contains("content");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(JournalReflectionPoint.class)).contains("reflectionText");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(TriageAssessment.class))
                .contains("riskScore", "severityLevel", "riskFactors", "recommendedAction", "assessmentData");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Case.class))
                .contains("userHash", "summaryRedacted", "closureReason");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(CaseNote.class)).contains("note");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(CaseAssignment.class)).contains("reassignmentReason");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(InterventionPlanRecord.class))
                .contains("planTitle", "planData", "riskLevel", "completionTracking");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(InterventionPlanStepCompletion.class))
                .contains("stepTitle", "notes");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(FlaggedSession.class)).contains("reason", "notes", "tags");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Psychologist.class)).contains("name", "bio");
    }
}
