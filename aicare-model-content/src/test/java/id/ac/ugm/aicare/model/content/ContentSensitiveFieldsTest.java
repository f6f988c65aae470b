package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.scheduling.TherapistSchedule;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentSensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal or clinical: staff-written resources, CBT modules and
     * surveys, public support services, counselors' weekly hours, workflow states. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "ContentResource.title", "ContentResource.content", "ContentResource.source", "ContentResource.type",
            "ContentResource.description", "ContentResource.tags", "ContentResource.metadata",
            "ContentResource.mimeType", "ContentResource.storageBackend", "ContentResource.objectStorageKey",
            "ContentResource.objectStorageBucket", "ContentResource.embeddingStatus",
            "Resource.resourceId", "Resource.title", "Resource.category", "Resource.eligibility", "Resource.contact",
            "Resource.url",
            "CbtModule.title", "CbtModule.description",
            "CbtModuleStep.stepType", "CbtModuleStep.content", "CbtModuleStep.userInputType",
            "CbtModuleStep.userInputVariable", "CbtModuleStep.feedbackPrompt", "CbtModuleStep.options",
            "CbtModuleStep.toolToRun", "CbtModuleStep.extraData",
            "Survey.title", "Survey.description", "Survey.category",
            "SurveyQuestion.questionText", "SurveyQuestion.questionType", "SurveyQuestion.options",
            "TherapistSchedule.dayOfWeek", "TherapistSchedule.startTime", "TherapistSchedule.endTime",
            "AppointmentType.name", "AppointmentType.description",
            "Appointment.status");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new ContentModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


    @Test
    void noSensitiveFieldOfAnyEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new ContentModelModule().entityClasses())).isEmpty();
    }

    @Test
    void surveyAnswersAppointmentsAndAbsenceReasonsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(SurveyAnswer.class)).containsExactly("answerText");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Appointment.class))
                .containsExactlyInAnyOrder("notes", "appointmentDatetime");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(TherapistSchedule.class)).containsExactly("reason");
    }
}
