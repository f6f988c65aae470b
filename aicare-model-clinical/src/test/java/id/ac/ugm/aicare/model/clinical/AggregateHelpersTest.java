package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanRecord;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionPlanStepCompletion;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import id.ac.ugm.aicare.model.clinical.journal.JournalReflectionPoint;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregate helpers keep both sides of each parent-child link in step, without a database. */
class AggregateHelpersTest {

    private final User student = new User("student@example.ac.id");

    @Test
    void addingANoteLinksBothSides() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h");
        CaseNote note = clinicalCase.addNote(new CaseNote(null, "first"));
        assertThat(clinicalCase.getNotes()).containsExactly(note);
        assertThat(note.getClinicalCase()).isSameAs(clinicalCase);
    }

    @Test
    void addingTheSameNoteTwiceKeepsOneCopy() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h");
        CaseNote note = clinicalCase.addNote(new CaseNote(null, "first"));
        clinicalCase.addNote(note);
        assertThat(clinicalCase.getNotes()).hasSize(1);
    }

    @Test
    void movingANoteToAnotherCaseTakesItFromTheFirst() {
        Case first = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h1");
        Case second = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h2");
        CaseNote note = first.addNote(new CaseNote(null, "n"));
        second.addNote(note);
        assertThat(first.getNotes()).isEmpty();
        assertThat(second.getNotes()).containsExactly(note);
        assertThat(note.getClinicalCase()).isSameAs(second);
    }

    @Test
    void removingANoteUnlinksBothSides() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h");
        CaseNote note = clinicalCase.addNote(new CaseNote(null, "n"));
        clinicalCase.removeNote(note);
        assertThat(clinicalCase.getNotes()).isEmpty();
        assertThat(note.getClinicalCase()).isNull();
    }

    @Test
    void assignmentsFollowTheSameRules() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h");
        CaseAssignment assignment = clinicalCase.addAssignment(new CaseAssignment(null, null));
        assertThat(clinicalCase.getAssignments()).containsExactly(assignment);
        assertThat(assignment.getClinicalCase()).isSameAs(clinicalCase);
        clinicalCase.removeAssignment(assignment);
        assertThat(clinicalCase.getAssignments()).isEmpty();
        assertThat(assignment.getClinicalCase()).isNull();
    }

    @Test
    void theChildCollectionsCannotBeChangedBehindTheHelpersBack() {
        Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.LOW, "h");
        assertThatThrownBy(() -> clinicalCase.getNotes().add(new CaseNote(null, "n")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReflectionPointBelongsToTheEntrysAuthor() {
        JournalEntry entry = new JournalEntry(student, LocalDate.of(2025, 11, 17), "today");
        JournalReflectionPoint point = entry.addReflectionPoint(new JournalReflectionPoint("you slept better"));
        assertThat(entry.getReflectionPoints()).containsExactly(point);
        assertThat(point.getJournalEntry()).isSameAs(entry);
        assertThat(point.getUser()).isSameAs(student);
        entry.removeReflectionPoint(point);
        assertThat(entry.getReflectionPoints()).isEmpty();
        assertThat(point.getJournalEntry()).isNull();
    }

    @Test
    void stepCompletionsLinkToTheirPlan() {
        InterventionPlanRecord plan = new InterventionPlanRecord(student, "plan", Map.of(), 2);
        InterventionPlanStepCompletion step = plan.addStepCompletion(new InterventionPlanStepCompletion(0, "breathe"));
        assertThat(plan.getStepCompletions()).containsExactly(step);
        assertThat(step.getPlan()).isSameAs(plan);
        plan.removeStepCompletion(step);
        assertThat(plan.getStepCompletions()).isEmpty();
        assertThat(step.getPlan()).isNull();
    }
}
