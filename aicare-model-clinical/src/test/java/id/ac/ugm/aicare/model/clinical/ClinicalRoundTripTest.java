package id.ac.ugm.aicare.model.clinical;

import static id.ac.ugm.aicare.testing.jpa.FieldComparer.nullFields;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
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
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each aggregate (and each stand-alone entity) is written, then read back in a new entity manager,
 * and every field compared. The fixtures fill every field, so a column that does not round-trip
 * cannot hide behind a null.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicalRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private JpaTestDatabase db;
    private User student;
    private User counselorAccount;
    private AgentUser counselor;

    @BeforeAll
    void createSchema(TestDatabase database) {
        db = ClinicalSchema.create(database);
        student = ClinicalSchema.newUser(db, "student@example.ac.id");
        counselorAccount = ClinicalSchema.newUser(db, "counselor@example.ac.id");
        counselor = ClinicalSchema.newCounselor(db, "counselor-7");
    }

    @Test
    void caseWithNotesAndAssignmentsRoundTrips() {
        Conversation conversation = db.persisted(new Conversation(student, "s-case", "c-case", "I feel unsafe", "Let's talk"));
        Case clinicalCase = db.callInTransaction(em -> {
            Case fresh = new Case(CaseStatus.IN_PROGRESS, CaseSeverity.CRITICAL, "hash-abc");
            fresh.setAssignedTo(em.getReference(AgentUser.class, counselor.getId()));
            fresh.setSessionId("s-case");
            fresh.setConversation(em.getReference(Conversation.class, conversation.getId()));
            fresh.setSummaryRedacted("student reports self-harm thoughts");
            fresh.setSlaBreachAt(Instant.parse("2025-11-18T03:04:05.123456Z"));
            fresh.setClosureReason("referred to campus psychologist");
            fresh.addNote(new CaseNote(em.getReference(User.class, counselorAccount.getId()), "called the student"));
            fresh.addNote(new CaseNote(em.getReference(User.class, counselorAccount.getId()), "follow-up booked"));
            CaseAssignment assignment = new CaseAssignment(em.getReference(AgentUser.class, counselor.getId()),
                    em.getReference(User.class, counselorAccount.getId()));
            assignment.setReassignmentReason("previous counselor on leave");
            assignment.setPreviousAssignee("counselor-3");
            fresh.addAssignment(assignment);
            em.persist(fresh);
            return fresh;
        });
        assertThat(nullFields(clinicalCase)).isEmpty();
        clinicalCase.getNotes().forEach(note -> assertThat(nullFields(note)).isEmpty());
        clinicalCase.getAssignments().forEach(assignment -> assertThat(nullFields(assignment)).isEmpty());

        db.runInTransaction(em -> {
            Case loaded = em.find(Case.class, clinicalCase.getId());
            FIELDS.assertSameValues(clinicalCase, loaded);
            assertThat(loaded.getNotes()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                FIELDS.assertSameValues(clinicalCase.getNotes().get(i), loaded.getNotes().get(i));
            }
            assertThat(loaded.getAssignments()).hasSize(1);
            FIELDS.assertSameValues(clinicalCase.getAssignments().get(0), loaded.getAssignments().get(0));
        });
    }

    @Test
    void conversationAndTheMessagesOfItsSessionRoundTrip() {
        Conversation conversation = db.persisted(new Conversation(student, "s-chat", "c-chat",
                "I can't sleep before exams", "That sounds exhausting; what have you tried?"));
        Message fromStudent = new Message("s-chat", MessageRole.USER, "I can't sleep before exams");
        fromStudent.setToolsUsed(List.of());
        fromStudent.setTraceId("trace-1");
        Message fromAssistant = new Message("s-chat", MessageRole.ASSISTANT, "That sounds exhausting");
        fromAssistant.setToolsUsed(List.of("risk_screen", "sleep_hygiene_tips"));
        fromAssistant.setTraceId("trace-2");
        db.persisted(fromStudent);
        db.persisted(fromAssistant);
        assertThat(nullFields(conversation)).isEmpty();
        assertThat(nullFields(fromAssistant)).isEmpty();

        db.runInTransaction(em -> {
            FIELDS.assertSameValues(conversation, em.find(Conversation.class, conversation.getId()));
            List<Message> session = em.createQuery(
                    "select m from Message m where m.sessionId = :session order by m.ts, m.role", Message.class)
                    .setParameter("session", conversation.getSessionId()).getResultList();
            assertThat(session).extracting(Message::getId)
                    .containsExactlyInAnyOrder(fromStudent.getId(), fromAssistant.getId());
            FIELDS.assertSameValues(fromStudent, em.find(Message.class, fromStudent.getId()));
            FIELDS.assertSameValues(fromAssistant, em.find(Message.class, fromAssistant.getId()));
        });
        assertThat(db.queryValue("SELECT jsonb_typeof(tools_used) FROM messages WHERE id = ?", fromAssistant.getId()))
                .isEqualTo("array");
        assertThat(db.queryValue("SELECT role::text FROM messages WHERE id = ?", fromAssistant.getId()))
                .isEqualTo("assistant");
    }

    @Test
    void journalEntryWithReflectionPointsRoundTrips() {
        JournalPrompt prompt = db.persisted(new JournalPrompt("gratitude", "What went well today?"));
        JournalEntry entry = db.callInTransaction(em -> {
            JournalEntry fresh = new JournalEntry(em.getReference(User.class, student.getId()),
                    LocalDate.of(2025, 11, 17), "Today I finally talked to my sister about it.");
            fresh.setPrompt(em.getReference(JournalPrompt.class, prompt.getId()));
            fresh.addReflectionPoint(new JournalReflectionPoint("Talking to family helped you."));
            fresh.addReflectionPoint(new JournalReflectionPoint("You slept better after."));
            em.persist(fresh);
            return fresh;
        });
        assertThat(nullFields(entry)).isEmpty();

        db.runInTransaction(em -> {
            JournalEntry loaded = em.find(JournalEntry.class, entry.getId());
            FIELDS.assertSameValues(entry, loaded);
            assertThat(loaded.getReflectionPoints()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(nullFields(entry.getReflectionPoints().get(i))).isEmpty();
                FIELDS.assertSameValues(entry.getReflectionPoints().get(i), loaded.getReflectionPoints().get(i));
            }
            FIELDS.assertSameValues(prompt, em.find(JournalPrompt.class, prompt.getId()));
        });
    }

    @Test
    void interventionPlanWithStepCompletionsRoundTrips() {
        Conversation conversation = db.persisted(new Conversation(student, "s-plan", "c-plan", "help", "here is a plan"));
        InterventionPlanRecord plan = db.callInTransaction(em -> {
            InterventionPlanRecord fresh = new InterventionPlanRecord(em.getReference(User.class, student.getId()),
                    "Calming exam anxiety", Map.of("steps", List.of("breathe", "walk")), 2);
            fresh.setSessionId("s-plan");
            fresh.setConversation(em.getReference(Conversation.class, conversation.getId()));
            fresh.setRiskLevel(1);
            fresh.setCompletedSteps(1);
            fresh.setCompletionTracking(Map.of("0", true));
            fresh.setStatus("completed");
            fresh.setIsActive(false);
            fresh.setArchivedAt(LocalDateTime.of(2025, 11, 20, 8, 0, 0, 654_321_000));
            fresh.setLastViewedAt(LocalDateTime.of(2025, 11, 19, 21, 30));
            InterventionPlanStepCompletion first = new InterventionPlanStepCompletion(0, "breathe");
            first.setCompleted(true);
            first.setCompletedAt(LocalDateTime.of(2025, 11, 18, 7, 0));
            first.setNotes("felt calmer");
            fresh.addStepCompletion(first);
            InterventionPlanStepCompletion second = new InterventionPlanStepCompletion(1, "walk");
            second.setCompletedAt(LocalDateTime.of(2025, 11, 18, 9, 0));
            second.setNotes("not yet");
            fresh.addStepCompletion(second);
            em.persist(fresh);
            return fresh;
        });
        assertThat(nullFields(plan)).isEmpty();

        db.runInTransaction(em -> {
            InterventionPlanRecord loaded = em.find(InterventionPlanRecord.class, plan.getId());
            FIELDS.assertSameValues(plan, loaded);
            assertThat(loaded.getStepCompletions()).extracting(InterventionPlanStepCompletion::getStepIndex)
                    .containsExactly(0, 1);
            for (int i = 0; i < 2; i++) {
                assertThat(nullFields(plan.getStepCompletions().get(i))).isEmpty();
                FIELDS.assertSameValues(plan.getStepCompletions().get(i), loaded.getStepCompletions().get(i));
            }
        });
    }

    @Test
    void standAloneEntitiesRoundTrip() {
        Conversation conversation = db.persisted(new Conversation(student, "s-solo", "c-solo", "m", "r"));

        Feedback feedback = new Feedback(student, "Answer faster at night");
        feedback.setSessionId("s-solo");
        feedback.setEaseOfUseRating(4);
        feedback.setChatbotUnderstandingRating(5);
        feedback.setFeltUnderstoodRating(3);
        feedback.setNpsRating(9);
        feedback.setGoalAchieved("partly");
        feedback.setCategory("chat");

        TriageAssessment triage = new TriageAssessment(student, conversation, 0.82, 0.67, "high");
        triage.setRiskFactors(List.of("hopelessness", "isolation"));
        triage.setRecommendedAction("escalate_to_counselor");
        triage.setAssessmentData(Map.of("phq9", 19, "notes", List.of("a", "b")));
        triage.setProcessingTimeMs(412);

        FlaggedSession flagged = new FlaggedSession("s-solo", student, counselorAccount, "mentions a plan");
        flagged.setNotes("reviewed with supervisor");
        flagged.setTags(List.of("self-harm", "urgent"));
        flagged.setStatus("reviewed");

        Psychologist psychologist = new Psychologist("Dr. Sari Wulandari");
        psychologist.setUser(counselorAccount);
        psychologist.setSpecialization("anxiety");
        psychologist.setImageUrl("https://example.ac.id/sari.png");
        psychologist.setIsAvailable(false);
        psychologist.setBio("Works with students since 2010.");
        psychologist.setEducation(List.of("M.Psi. UGM", Map.of("degree", "S.Psi.", "year", 2008)));
        psychologist.setCertifications(List.of("HIMPSI"));
        psychologist.setYearsOfExperience(15);
        psychologist.setLanguages(List.of("id", "en", "jv"));
        psychologist.setConsultationFee(150000.0);
        psychologist.setAvailabilitySchedule(Map.of("mon", List.of("09:00-12:00")));
        psychologist.setRating(4.8);
        psychologist.setTotalReviews(31);

        UserSummary summary = new UserSummary(student, "s-solo", "Worried about exams; sleeping badly.");

        InterventionCampaign campaign = new InterventionCampaign("exam_stress", "Exam week check-in",
                Map.of("message", "How are you holding up?"));
        campaign.setDescription("Sent to students in exam week");
        campaign.setTargetCriteria(Map.of("faculty", "engineering"));
        campaign.setTargetAudienceSize(250);
        campaign.setPriority("high");
        campaign.setStatus("active");
        campaign.setEndDate(LocalDateTime.of(2025, 12, 1, 0, 0));
        campaign.setExecutionsDelivered(200);
        campaign.setExecutionsFailed(3);

        for (Object entity : List.of(feedback, triage, flagged, psychologist, summary, campaign)) {
            db.persisted(entity);
            assertThat(nullFields(entity)).as(entity.getClass().getSimpleName()).isEmpty();
        }
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(feedback, em.find(Feedback.class, feedback.getId()));
            FIELDS.assertSameValues(triage, em.find(TriageAssessment.class, triage.getId()));
            FIELDS.assertSameValues(flagged, em.find(FlaggedSession.class, flagged.getId()));
            FIELDS.assertSameValues(psychologist, em.find(Psychologist.class, psychologist.getId()));
            FIELDS.assertSameValues(summary, em.find(UserSummary.class, summary.getId()));
            FIELDS.assertSameValues(campaign, em.find(InterventionCampaign.class, campaign.getId()));
        });
    }

    @Test
    void aCaseCanBeQueriedByItsEntityName() {
        db.persisted(new Case(CaseStatus.NEW, CaseSeverity.LOW, "hash-query"));
        long open = db.callInTransaction(em -> em.createQuery(
                "select count(c) from Case c where c.userHash = :hash", Long.class)
                .setParameter("hash", "hash-query").getSingleResult());
        assertThat(open).isEqualTo(1);
    }
}
