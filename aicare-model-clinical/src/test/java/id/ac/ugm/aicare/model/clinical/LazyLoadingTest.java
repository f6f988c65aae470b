package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.journal.JournalReflectionPoint;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUtil;
import java.time.LocalDate;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Links are LAZY: loading a row loads none of the rows it points to until the link is touched.
 * (A {@link Message} names its chat session by {@code session_id} only; the reference schema has
 * no foreign key from {@code messages} to {@code conversations}, so the conversation links checked
 * here are those the schema has: from cases, triage assessments and plans.)
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyLoadingTest {

    private final PersistenceUtil persistence = Persistence.getPersistenceUtil();
    @AutoClose
    private JpaTestDatabase db;
    private Conversation conversation;
    private Case clinicalCase;
    private TriageAssessment triage;
    private JournalEntry entry;
    private Message message;

    @BeforeAll
    void createRows(TestDatabase database) {
        db = ClinicalSchema.create(database);
        User student = ClinicalSchema.newUser(db, "lazy@example.ac.id");
        AgentUser counselor = ClinicalSchema.newCounselor(db, "counselor-lazy");
        db.runInTransaction(em -> {
            User managedStudent = em.find(User.class, student.getId());
            conversation = new Conversation(managedStudent, "s-lazy", "c-lazy", "message", "response");
            em.persist(conversation);
            clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.HIGH, "hash-lazy");
            clinicalCase.setConversation(conversation);
            clinicalCase.setAssignedTo(em.find(AgentUser.class, counselor.getId()));
            clinicalCase.addNote(new CaseNote(managedStudent, "note"));
            em.persist(clinicalCase);
            triage = new TriageAssessment(managedStudent, conversation, 0.4, 0.9, "moderate");
            em.persist(triage);
            entry = new JournalEntry(managedStudent, LocalDate.of(2025, 11, 17), "entry");
            entry.addReflectionPoint(new JournalReflectionPoint("point"));
            em.persist(entry);
            message = new Message("s-lazy", MessageRole.USER, "message");
            em.persist(message);
        });
    }

    @Test
    void loadingACaseLoadsNeitherItsConversationNorItsCounselorNorItsNotes() {
        db.runInTransaction(em -> {
            Case loaded = em.find(Case.class, clinicalCase.getId());
            assertThat(persistence.isLoaded(loaded, "conversation")).isFalse();
            assertThat(Hibernate.isInitialized(loaded.getConversation())).isFalse();
            assertThat(Hibernate.isInitialized(loaded.getAssignedTo())).isFalse();
            assertThat(persistence.isLoaded(loaded, "notes")).isFalse();
            // the key is known without a query
            assertThat(loaded.getConversation().getId()).isEqualTo(conversation.getId());
            assertThat(Hibernate.isInitialized(loaded.getConversation())).isFalse();
        });
    }

    @Test
    void aCasesConversationIsLoadedWhenTouched() {
        db.runInTransaction(em -> {
            Case loaded = em.find(Case.class, clinicalCase.getId());
            assertThat(loaded.getConversation().getSessionId()).isEqualTo("s-lazy");
            assertThat(Hibernate.isInitialized(loaded.getConversation())).isTrue();
            assertThat(persistence.isLoaded(loaded, "conversation")).isTrue();
            assertThat(loaded.getNotes()).hasSize(1);
            assertThat(persistence.isLoaded(loaded, "notes")).isTrue();
        });
    }

    @Test
    void loadingATriageAssessmentDoesNotLoadItsConversationUntilTouched() {
        db.runInTransaction(em -> {
            TriageAssessment loaded = em.find(TriageAssessment.class, triage.getId());
            assertThat(Hibernate.isInitialized(loaded.getConversation())).isFalse();
            assertThat(Hibernate.isInitialized(loaded.getUser())).isFalse();
            loaded.getConversation().getMessage();
            assertThat(Hibernate.isInitialized(loaded.getConversation())).isTrue();
        });
    }

    @Test
    void loadingAConversationDoesNotLoadItsStudent() {
        db.runInTransaction(em -> {
            Conversation loaded = em.find(Conversation.class, conversation.getId());
            assertThat(Hibernate.isInitialized(loaded.getUser())).isFalse();
        });
    }

    @Test
    void loadingAReflectionPointDoesNotLoadItsEntry() {
        Integer pointId = entry.getReflectionPoints().get(0).getId();
        db.runInTransaction(em -> {
            JournalReflectionPoint loaded = em.find(JournalReflectionPoint.class, pointId);
            assertThat(Hibernate.isInitialized(loaded.getJournalEntry())).isFalse();
            assertThat(loaded.getJournalEntry().getEntryDate()).isEqualTo(LocalDate.of(2025, 11, 17));
            assertThat(Hibernate.isInitialized(loaded.getJournalEntry())).isTrue();
        });
    }

    @Test
    void aMessageHasNoLinkToLoad() {
        db.runInTransaction(em -> {
            Message loaded = em.find(Message.class, message.getId());
            assertThat(persistence.isLoaded(loaded)).isTrue();
            assertThat(loaded.getSessionId()).isEqualTo(conversation.getSessionId());
        });
    }
}
