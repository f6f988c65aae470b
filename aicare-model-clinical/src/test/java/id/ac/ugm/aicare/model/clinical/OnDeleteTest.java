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
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
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

    @AutoClose
    private JpaTestDatabase db;

    @BeforeAll
    void createSchema(TestDatabase database) {
        db = ClinicalSchema.create(database);
    }

    @Test
    void deletingACaseDeletesItsNotesAndAssignments() {
        User counselorAccount = ClinicalSchema.newUser(db, "cascade@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, ClinicalSchema.newCounselor(db, "counselor-cascade")).getId();

        db.execute("DELETE FROM cases WHERE id = ?", caseId);

        assertThat(count("case_notes WHERE case_id = ?", caseId)).isZero();
        assertThat(count("case_assignments WHERE case_id = ?", caseId)).isZero();
    }

    @Test
    void deletingAConversationClearsTheCasesLinkToIt() {
        User student = ClinicalSchema.newUser(db, "conversation-gone@example.ac.id");
        Conversation conversation = db.persisted(new Conversation(student, "s-gone", "c-gone", "m", "r"));
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.MED, "hash-gone");
        clinicalCase.setConversation(conversation);
        db.persisted(clinicalCase);

        db.execute("DELETE FROM conversations WHERE id = ?", conversation.getId());

        assertThat(count("cases WHERE id = ?", clinicalCase.getId())).isOne();
        assertThat(db.queryValue("SELECT conversation_id FROM cases WHERE id = ?", clinicalCase.getId()))
                .isNull();
    }

    @Test
    void aConversationThatATriageAssessmentOrPlanPointsToCannotBeDeleted() {
        User student = ClinicalSchema.newUser(db, "triaged@example.ac.id");
        Conversation triaged = db.persisted(new Conversation(student, "s-t", "c-t", "m", "r"));
        db.persisted(new TriageAssessment(student, triaged, 0.5, 0.5, "moderate"));
        Conversation planned = db.persisted(new Conversation(student, "s-p", "c-p", "m", "r"));
        InterventionPlanRecord plan = new InterventionPlanRecord(student, "plan", Map.of(), 1);
        plan.setConversation(planned);
        db.persisted(plan);

        assertThatThrownBy(() -> db.execute("DELETE FROM conversations WHERE id = ?", triaged.getId()))
                .hasMessageContaining("triage_assessments_conversation_id_fkey");
        assertThatThrownBy(() -> db.execute("DELETE FROM conversations WHERE id = ?", planned.getId()))
                .hasMessageContaining("intervention_plan_records_conversation_id_fkey");
    }

    @Test
    void deletingACounselorIdentityClearsCaseAndAssignmentLinks() {
        User admin = ClinicalSchema.newUser(db, "admin-agent@example.ac.id");
        AgentUser counselor = ClinicalSchema.newCounselor(db, "counselor-leaving");
        Case clinicalCase = caseWithNoteAndAssignment(admin, counselor);

        db.execute("DELETE FROM agent_users WHERE id = 'counselor-leaving'");

        UUID caseId = clinicalCase.getId();
        assertThat(db.queryValue("SELECT assigned_to FROM cases WHERE id = ?", caseId)).isNull();
        assertThat(count("case_assignments WHERE case_id = ? AND assigned_to IS NULL", caseId)).isOne();
        assertThat(count("case_assignments WHERE case_id = ?", caseId)).isOne();
    }

    @Test
    void deletingAUserDeletesTheirPsychologistProfileAndSummariesAndKeepsTheirCaseWork() {
        User counselorAccount = ClinicalSchema.newUser(db, "leaving-counselor@example.ac.id");
        Psychologist profile = new Psychologist("Dr. Leaving");
        profile.setUser(counselorAccount);
        db.persisted(profile);
        db.persisted(new UserSummary(counselorAccount, "s-1", "summary"));
        Case clinicalCase = caseWithNoteAndAssignment(counselorAccount, ClinicalSchema.newCounselor(db, "counselor-kept"));

        db.execute("DELETE FROM users WHERE id = ?", counselorAccount.getId());

        assertThat(count("psychologists WHERE id = ?", profile.getId())).isZero();
        assertThat(count("user_summaries WHERE user_id = ?", counselorAccount.getId())).isZero();
        UUID caseId = clinicalCase.getId();
        assertThat(count("case_notes WHERE case_id = ? AND author_id IS NULL", caseId)).isOne();
        assertThat(count("case_assignments WHERE case_id = ? AND assigned_by IS NULL", caseId)).isOne();
    }

    @Test
    void aUserWithConversationsOrJournalEntriesCannotBeDeleted() {
        User student = ClinicalSchema.newUser(db, "keeps-history@example.ac.id");
        db.persisted(new Conversation(student, "s-k", "c-k", "m", "r"));

        assertThatThrownBy(() -> db.execute("DELETE FROM users WHERE id = ?", student.getId()))
                .hasMessageContaining("conversations_user_id_fkey");
    }

    @Test
    void theDatabaseRefusesToDeleteAJournalEntryWithReflectionPointsButTheAggregateRemovesThem() {
        User student = ClinicalSchema.newUser(db, "journal-delete@example.ac.id");
        JournalEntry entry = new JournalEntry(student, LocalDate.of(2025, 11, 17), "content");
        entry.addReflectionPoint(new JournalReflectionPoint("point"));
        db.persisted(entry);

        assertThatThrownBy(() -> db.execute("DELETE FROM journal_entries WHERE id = ?", entry.getId()))
                .hasMessageContaining("journal_reflection_points_journal_entry_id_fkey");

        db.runInTransaction(em -> em.remove(em.find(JournalEntry.class, entry.getId())));
        assertThat(count("journal_entries WHERE id = ?", entry.getId())).isZero();
        assertThat(count("journal_reflection_points WHERE journal_entry_id = ?", entry.getId())).isZero();
    }

    @Test
    void theDatabaseRefusesToDeleteAPlanWithStepCompletionsButTheAggregateRemovesThem() {
        User student = ClinicalSchema.newUser(db, "plan-delete@example.ac.id");
        InterventionPlanRecord plan = new InterventionPlanRecord(student, "plan", Map.of(), 1);
        plan.addStepCompletion(new InterventionPlanStepCompletion(0, "step"));
        db.persisted(plan);

        assertThatThrownBy(() -> db.execute(
                "DELETE FROM intervention_plan_records WHERE id = ?", plan.getId()))
                .hasMessageContaining("intervention_plan_step_completions_plan_id_fkey");

        db.runInTransaction(em -> em.remove(em.find(InterventionPlanRecord.class, plan.getId())));
        assertThat(count("intervention_plan_step_completions WHERE plan_id = ?", plan.getId())).isZero();
    }

    @Test
    void removingACaseThroughJpaRemovesItsNotesAndAssignments() {
        User counselorAccount = ClinicalSchema.newUser(db, "jpa-remove@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, ClinicalSchema.newCounselor(db, "counselor-jpa")).getId();

        db.runInTransaction(em -> em.remove(em.find(Case.class, caseId)));

        assertThat(count("cases WHERE id = ?", caseId)).isZero();
        assertThat(count("case_notes WHERE case_id = ?", caseId)).isZero();
        assertThat(count("case_assignments WHERE case_id = ?", caseId)).isZero();
    }

    @Test
    void removingANoteFromACaseDeletesItsRow() {
        User counselorAccount = ClinicalSchema.newUser(db, "orphan@example.ac.id");
        UUID caseId = caseWithNoteAndAssignment(counselorAccount, ClinicalSchema.newCounselor(db, "counselor-orphan")).getId();

        db.runInTransaction(em -> {
            Case loaded = em.find(Case.class, caseId);
            loaded.removeNote(loaded.getNotes().get(0));
        });

        assertThat(count("case_notes WHERE case_id = ?", caseId)).isZero();
    }

    private Case caseWithNoteAndAssignment(User counselorAccount, AgentUser counselor) {
        Case clinicalCase = new Case(CaseStatus.IN_PROGRESS, CaseSeverity.HIGH, "hash-" + counselor.getId());
        clinicalCase.setAssignedTo(counselor);
        clinicalCase.addNote(new CaseNote(counselorAccount, "note"));
        clinicalCase.addAssignment(new CaseAssignment(counselor, counselorAccount));
        return db.persisted(clinicalCase);
    }

    /** The number of rows of a table that meet a condition, its values bound. */
    private long count(String tableAndCondition, Object... parameters) {
        return db.queryLong("SELECT count(*) FROM " + tableAndCondition, parameters);
    }
}
