package id.ac.ugm.aicare.model.clinical;

import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.UserSummary;
import id.ac.ugm.aicare.model.clinical.feedback.Feedback;
import id.ac.ugm.aicare.model.clinical.flagging.FlaggedSession;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionCampaign;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanStepCompletion;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.journal.JournalPrompt;
import id.ac.ugm.aicare.model.clinical.journal.JournalReflectionPoint;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/**
 * The mental-health tables: conversations and messages, journals, triage, cases, interventions,
 * flagged sessions, psychologists and user summaries. Its foreign keys point only into auth
 * ({@code users}, {@code agent_users}) and into its own tables.
 */
public final class ClinicalModelModule implements ModelModule {

    private static final List<Class<?>> ENTITIES = List.of(
            Conversation.class,
            Message.class,
            UserSummary.class,
            Feedback.class,
            JournalPrompt.class,
            JournalEntry.class,
            JournalReflectionPoint.class,
            TriageAssessment.class,
            Case.class,
            CaseNote.class,
            CaseAssignment.class,
            InterventionCampaign.class,
            InterventionPlanRecord.class,
            InterventionPlanStepCompletion.class,
            FlaggedSession.class,
            Psychologist.class);

    @Override
    public String name() {
        return "clinical";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return ENTITIES;
    }

    @Override
    public List<String> dependsOn() {
        return List.of("auth");
    }
}
