package id.ac.ugm.aicare.model.content;

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
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation mirrors the columns: required, lengths. */
class ContentValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void contentResourceDefaultsAreValidAndLengthsAreChecked() {
        ContentResource resource = new ContentResource("Sleep hygiene", "");
        assertThat(violatedFields(resource)).isEmpty();
        resource.setType("t".repeat(51));
        resource.setMimeType("m".repeat(101));
        resource.setTitle(" ");
        assertThat(violatedFields(resource)).containsExactlyInAnyOrder("type", "mimeType", "title");
    }

    @Test
    void resourceNeedsAKeyAndATitle() {
        assertThat(violatedFields(new Resource("", null))).containsExactlyInAnyOrder("resourceId", "title");
    }

    @Test
    void cbtModuleAndStepNeedTheirText() {
        assertThat(violatedFields(new CbtModule("t".repeat(256), null)))
                .containsExactlyInAnyOrder("title", "description");
        CbtModuleStep orphan = new CbtModuleStep(null, "x".repeat(51), null);
        assertThat(violatedFields(orphan)).containsExactlyInAnyOrder("module", "stepOrder", "stepType", "content");
        CbtModule module = new CbtModule("Thought record", "Challenge a thought");
        CbtModuleStep step = module.addStep(new CbtModuleStep(null, "prompt", "What happened?"));
        assertThat(violatedFields(step)).isEmpty();
    }

    @Test
    void surveyPartsNeedTheirLinksAndText() {
        assertThat(violatedFields(new Survey(" "))).containsExactly("title");
        assertThat(violatedFields(new SurveyQuestion("", null)))
                .containsExactlyInAnyOrder("survey", "questionText", "questionType");
        assertThat(violatedFields(new SurveyAnswer(null, null)))
                .containsExactlyInAnyOrder("response", "question", "answerText");
    }

    @Test
    void schedulingAndAppointmentsNeedTheirParties() {
        assertThat(violatedFields(new TherapistSchedule(null, "", "09:00", null)))
                .containsExactlyInAnyOrder("therapist", "dayOfWeek", "endTime");
        assertThat(violatedFields(new AppointmentType("", null))).containsExactlyInAnyOrder("name", "durationMinutes");
        Appointment appointment = new Appointment(null, null, null, null);
        appointment.setStatus("s".repeat(51));
        assertThat(violatedFields(appointment)).containsExactlyInAnyOrder(
                "user", "psychologist", "appointmentType", "appointmentDatetime", "status");
    }

    private static Set<String> violatedFields(Object entity) {
        return validator.validate(entity).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
