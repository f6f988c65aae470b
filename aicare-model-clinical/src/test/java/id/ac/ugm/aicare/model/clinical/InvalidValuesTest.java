package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.triage.TriageAssessment;
import id.ac.ugm.aicare.model.core.enums.UnknownLabelInAttributeException;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Values the schema would refuse, or a row the Java model cannot read, fail with an error that
 * names the entity and field, writes nothing, and never repeats the clinical content.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidValuesTest {

    private static final String SECRET = "I want to disappear";

    @AutoClose
    private JpaTestDatabase db;
    private User student;

    @BeforeAll
    void createSchema(TestDatabase database) {
        db = ClinicalSchema.create(database);
        student = ClinicalSchema.newUser(db, "invalid@example.ac.id");
    }

    @Test
    void blankJournalContentIsRefusedAndNothingIsWritten() {
        Throwable failure = persistFailure(new JournalEntry(student, LocalDate.of(2025, 1, 1), " \t "));
        assertThat(failure).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(JournalEntry.class.getName())
                .hasMessageContaining("propertyPath=content");
        assertThat(db.count("journal_entries")).isZero();
    }

    @Test
    void anOverLongPlanTitleIsRefusedWithoutEchoingItAndNothingIsWritten() {
        String title = SECRET + " ".repeat(10) + "x".repeat(500);
        Throwable failure = persistFailure(new InterventionPlanRecord(student, title, Map.of(), 1));
        assertThat(failure).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(InterventionPlanRecord.class.getName())
                .hasMessageContaining("propertyPath=planTitle")
                .hasMessageNotContaining(SECRET);
        assertThat(db.count("intervention_plan_records")).isZero();
    }

    @Test
    void anOverLongSeverityLevelIsRefused() {
        Throwable failure = persistFailure(new TriageAssessment(student, null, 0.1, 0.1, "s".repeat(51)));
        assertThat(failure).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(TriageAssessment.class.getName())
                .hasMessageContaining("propertyPath=severityLevel");
        assertThat(db.count("triage_assessments")).isZero();
    }

    @Test
    void aBlankNoteRollsBackTheWholeCase() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.HIGH, "hash-rollback");
        clinicalCase.addNote(new CaseNote(null, SECRET));
        clinicalCase.addNote(new CaseNote(null, ""));
        Throwable failure = persistFailure(clinicalCase);
        assertThat(failure).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(CaseNote.class.getName())
                .hasMessageContaining("propertyPath=note")
                .hasMessageNotContaining(SECRET);
        assertThat(db.count("cases")).isZero();
        assertThat(db.count("case_notes")).isZero();
    }

    @Test
    void anUnknownCaseStatusInTheDatabaseFailsNamingEntityAndField() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "hash-unknown-status");
        clinicalCase.setSummaryRedacted(SECRET);
        db.runInTransaction(em -> em.persist(clinicalCase));
        db.execute("ALTER TYPE case_status_enum ADD VALUE 'escalated'");
        db.execute("UPDATE cases SET status = 'escalated' WHERE id = ?", clinicalCase.getId());

        Throwable failure = catchThrowable(() -> db.runInTransaction(
                em -> em.find(Case.class, clinicalCase.getId())));

        assertThat(failure).isInstanceOf(UnknownLabelInAttributeException.class)
                .hasMessageContaining("Case.status")
                .hasMessageContaining("'escalated'")
                .hasMessageNotContaining(SECRET);
        assertThat(((UnknownLabelInAttributeException) failure).attribute()).isEqualTo("Case.status");
    }

    @Test
    void anUnknownMessageRoleInTheDatabaseFailsNamingEntityAndField() {
        Message message = new Message("s-unknown-role", MessageRole.ASSISTANT, SECRET);
        db.runInTransaction(em -> em.persist(message));
        db.execute("ALTER TYPE message_role_enum ADD VALUE 'tool'");
        db.execute("UPDATE messages SET role = 'tool' WHERE id = ?", message.getId());

        Throwable failure = catchThrowable(() -> db.runInTransaction(
                em -> em.createQuery("select m from Message m where m.sessionId = 's-unknown-role'", Message.class)
                        .getResultList()));

        assertThat(failure).isInstanceOf(UnknownLabelInAttributeException.class)
                .hasMessageContaining("Message.role")
                .hasMessageContaining("'tool'")
                .hasMessageNotContaining(SECRET);
    }

    private Throwable persistFailure(Object entity) {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> em.persist(entity)));
        assertThat(failure).as("persisting an invalid %s", entity.getClass().getSimpleName()).isNotNull();
        return failure;
    }
}
