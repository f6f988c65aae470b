package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.scheduling.TherapistSchedule;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import org.junit.jupiter.api.Test;

class ContentSensitiveFieldsTest {

    @Test
    void noSensitiveFieldOfAnyEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new ContentModelModule().entityClasses())).isEmpty();
    }

    @Test
    void surveyAnswersAppointmentNotesAndAbsenceReasonsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(SurveyAnswer.class)).containsExactly("answerText");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Appointment.class)).containsExactly("notes");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(TherapistSchedule.class)).containsExactly("reason");
    }
}
