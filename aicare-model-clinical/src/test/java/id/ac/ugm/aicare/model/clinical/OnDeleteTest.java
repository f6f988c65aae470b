package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.UserSummary;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanStepCompletion;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.journal.JournalReflectionPoint;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deleting a parent row behaves as the reference's foreign keys say: CASCADE deletes the children,
 * SET NULL clears the link, no ON DELETE refuses the delete. Rows are deleted with plain SQL, as
 * another service or an operator would; the JPA aggregates are checked separately.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnDeleteTest {

    private ClinicalSchema schema;

    @BeforeAll
    void createSchema(TestDatabase database) {
        schema = ClinicalSchema.create(database);
    }

    @AfterAll
    void close() {
        schema.close();
    }

    @Test
    void deletingACaseDeletesItsNotesAndAssignments() {
        User counselorAccount = schema.newUser("cascade@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, schema.newCounselor("counselor-cascade")).getId();

        schema.database().execute("DELETE FROM cases WHERE id = '" + caseId + "'");

        assertThat(count("case_notes WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(count("case_assignments WHERE case_id = '" + caseId + "'")).isZero();
    }

    @Test
    void deletingAConversationClearsTheCasesLinkToIt() {
        User student = schema.newUser("conversation-gone@example.ac.id");
        Conversation conversation = persist(new Conversation(student, "s-gone", "c-gone", "m", "r"));
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.MED, "hash-gone");
        clinicalCase.setConversation(conversation);
        persist(clinicalCase);

        schema.database().execute("DELETE FROM conversations WHERE id = " + conversation.getId());

        assertThat(count("cases WHERE id = '" + clinicalCase.getId() + "'")).isOne();
        assertThat(schema.queryValue("SELECT conversation_id FROM cases WHERE id = '" + clinicalCase.getId() + "'"))
                .isNull();
    }

    @Test
    void aConversationThatATriageAssessmentOrPlanPointsToCannotBeDeleted() {
        User student = schema.newUser("triaged@example.ac.id");
        Conversation triaged = persist(new Conversation(student, "s-t", "c-t", "m", "r"));
        persist(new TriageAssessment(student, triaged, 0.5, 0.5, "moderate"));
        Conversation planned = persist(new Conversation(student, "s-p", "c-p", "m", "r"));
        InterventionPlanRecord plan = new InterventionPlanRecord(student, "plan", Map.of(), 1);
        plan.setConversation(planned);
        persist(plan);

        assertThatThrownBy(() -> schema.database().execute("DELETE FROM conversations WHERE id = " + triaged.getId()))
                .hasMessageContaining("triage_assessments_conversation_id_fkey");
        assertThatThrownBy(() -> schema.database().execute("DELETE FROM conversations WHERE id = " + planned.getId()))
                .hasMessageContaining("intervention_plan_records_conversation_id_fkey");
    }

    @Test
    void deletingACounselorIdentityClearsCaseAndAssignmentLinks() {
        User admin = schema.newUser("admin-agent@example.ac.id");
        AgentUser counselor = schema.newCounselor("counselor-leaving");
        Case clinicalCase = caseWithNoteAndAssignment(admin, counselor);

        schema.database().execute("DELETE FROM agent_users WHERE id = 'counselor-leaving'");

        String id = "'" + clinicalCase.getId() + "'";
        assertThat(schema.queryValue("SELECT assigned_to FROM cases WHERE id = " + id)).isNull();
        assertThat(count("case_assignments WHERE case_id = " + id + " AND assigned_to IS NULL")).isOne();
        assertThat(count("case_assignments WHERE case_id = " + id)).isOne();
    }

    @Test
    void deletingAUserDeletesTheirPsychologistProfileAndSummariesAndKeepsTheirCaseWork() {
        User counselorAccount = schema.newUser("leaving-counselor@example.ac.id");
        Psychologist profile = new Psychologist("Dr. Leaving");
        profile.setUser(counselorAccount);
        persist(profile);
        persist(new UserSummary(counselorAccount, "s-1", "summary"));
        Case clinicalCase = caseWithNoteAndAssignment(counselorAccount, schema.newCounselor("counselor-kept"));

        schema.database().execute("DELETE FROM users WHERE id = " + counselorAccount.getId());

        assertThat(count("psychologists WHERE id = " + profile.getId())).isZero();
        assertThat(count("user_summaries WHERE user_id = " + counselorAccount.getId())).isZero();
        String id = "'" + clinicalCase.getId() + "'";
        assertThat(count("case_notes WHERE case_id = " + id + " AND author_id IS NULL")).isOne();
        assertThat(count("case_assignments WHERE case_id = " + id + " AND assigned_by IS NULL")).isOne();
    }

    @Test
    void aUserWithConversationsOrJournalEntriesCannotBeDeleted() {
        User student = schema.newUser("keeps-history@example.ac.id");
        persist(new Conversation(student, "s-k", "c-k", "m", "r"));

        assertThatThrownBy(() -> schema.database().execute("DELETE FROM users WHERE id = " + student.getId()))
                .hasMessageContaining("conversations_user_id_fkey");
    }

    @Test
    void theDatabaseRefusesToDeleteAJournalEntryWithReflectionPointsButTheAggregateRemovesThem() {
        User student = schema.newUser("journal-delete@example.ac.id");
        JournalEntry entry = new JournalEntry(student, LocalDate.of(2025, 11, 17), "content");
        entry.addReflectionPoint(new JournalReflectionPoint("point"));
        persist(entry);

        assertThatThrownBy(() -> schema.database().execute("DELETE FROM journal_entries WHERE id = " + entry.getId()))
                .hasMessageContaining("journal_reflection_points_journal_entry_id_fkey");

        schema.emf().runInTransaction(em -> em.remove(em.find(JournalEntry.class, entry.getId())));
        assertThat(count("journal_entries WHERE id = " + entry.getId())).isZero();
        assertThat(count("journal_reflection_points WHERE journal_entry_id = " + entry.getId())).isZero();
    }

    @Test
    void theDatabaseRefusesToDeleteAPlanWithStepCompletionsButTheAggregateRemovesThem() {
        User student = schema.newUser("plan-delete@example.ac.id");
        InterventionPlanRecord plan = new InterventionPlanRecord(student, "plan", Map.of(), 1);
        plan.addStepCompletion(new InterventionPlanStepCompletion(0, "step"));
        persist(plan);

        assertThatThrownBy(() -> schema.database().execute(
                "DELETE FROM intervention_plan_records WHERE id = " + plan.getId()))
                .hasMessageContaining("intervention_plan_step_completions_plan_id_fkey");

        schema.emf().runInTransaction(em -> em.remove(em.find(InterventionPlanRecord.class, plan.getId())));
        assertThat(count("intervention_plan_step_completions WHERE plan_id = " + plan.getId())).isZero();
    }

    @Test
    void removingACaseThroughJpaRemovesItsNotesAndAssignments() {
        User counselorAccount = schema.newUser("jpa-remove@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, schema.newCounselor("counselor-jpa")).getId();

        schema.emf().runInTransaction(em -> em.remove(em.find(Case.class, caseId)));

        assertThat(count("cases WHERE id = '" + caseId + "'")).isZero();
        assertThat(count("case_notes WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(count("case_assignments WHERE case_id = '" + caseId + "'")).isZero();
    }

    @Test
    void removingANoteFromACaseDeletesItsRow() {
        User counselorAccount = schema.newUser("orphan@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, schema.newCounselor("counselor-orphan")).getId();

        schema.emf().runInTransaction(em -> {
            Case loaded = em.find(Case.class, caseId);
            loaded.removeNote(loaded.getNotes().get(0));
        });

        assertThat(count("case_notes WHERE case_id = '" + caseId + "'")).isZero();
    }

    private Case caseWithNoteAndAssignment(User counselorAccount, AgentUser counselor) {
        Case clinicalCase = new Case(CaseStatus.IN_PROGRESS, CaseSeverity.HIGH, "hash-" + counselor.getId());
        clinicalCase.setAssignedTo(counselor);
        clinicalCase.addNote(new CaseNote(counselorAccount, "note"));
        clinicalCase.addAssignment(new CaseAssignment(counselor, counselorAccount));
        return persist(clinicalCase);
    }

    private <T> T persist(T entity) {
        schema.emf().runInTransaction(em -> em.persist(entity));
        return entity;
    }

    private long count(String tableAndCondition) {
        return schema.count(tableAndCondition);
    }
}
