package id.ac.ugm.aicare.model.content;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.violatedPaths;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.appointment.AppointmentType;
import id.ac.ugm.aicare.model.content.cbt.CbtModule;
import id.ac.ugm.aicare.model.content.cbt.CbtModuleStep;
import id.ac.ugm.aicare.model.content.resource.ContentResource;
import id.ac.ugm.aicare.model.content.resource.Resource;
import id.ac.ugm.aicare.model.content.scheduling.TherapistSchedule;
import id.ac.ugm.aicare.model.content.survey.Survey;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.content.survey.SurveyQuestion;
import org.junit.jupiter.api.Test;

/** Bean Validation mirrors the columns: required, lengths. */
class ContentValidationTest {

    @Test
    void contentResourceDefaultsAreValidAndLengthsAreChecked() {
        ContentResource resource = new ContentResource("Sleep hygiene", "");
        assertThat(violatedPaths(resource)).isEmpty();
        resource.setType("t".repeat(51));
        resource.setMimeType("m".repeat(101));
        resource.setTitle(" ");
        assertThat(violatedPaths(resource)).containsExactlyInAnyOrder("type", "mimeType", "title");
    }

    @Test
    void resourceNeedsAKeyAndATitle() {
        assertThat(violatedPaths(new Resource("", null))).containsExactlyInAnyOrder("resourceId", "title");
    }

    @Test
    void cbtModuleAndStepNeedTheirText() {
        assertThat(violatedPaths(new CbtModule("t".repeat(256), null)))
                .containsExactlyInAnyOrder("title", "description");
        CbtModuleStep orphan = new CbtModuleStep(null, "x".repeat(51), null);
        assertThat(violatedPaths(orphan)).containsExactlyInAnyOrder("module", "stepOrder", "stepType", "content");
        CbtModule module = new CbtModule("Thought record", "Challenge a thought");
        CbtModuleStep step = module.addStep(new CbtModuleStep(null, "prompt", "What happened?"));
        assertThat(violatedPaths(step)).isEmpty();
    }

    @Test
    void surveyPartsNeedTheirLinksAndText() {
        assertThat(violatedPaths(new Survey(" "))).containsExactly("title");
        assertThat(violatedPaths(new SurveyQuestion("", null)))
                .containsExactlyInAnyOrder("survey", "questionText", "questionType");
        assertThat(violatedPaths(new SurveyAnswer(null, null)))
                .containsExactlyInAnyOrder("response", "question", "answerText");
    }

    @Test
    void schedulingAndAppointmentsNeedTheirParties() {
        assertThat(violatedPaths(new TherapistSchedule(null, "", "09:00", null)))
                .containsExactlyInAnyOrder("therapist", "dayOfWeek", "endTime");
        assertThat(violatedPaths(new AppointmentType("", null))).containsExactlyInAnyOrder("name", "durationMinutes");
        Appointment appointment = new Appointment(null, null, null, null);
        appointment.setStatus("s".repeat(51));
        assertThat(violatedPaths(appointment)).containsExactlyInAnyOrder(
                "user", "psychologist", "appointmentType", "appointmentDatetime", "status");
    }
}
