package id.ac.ugm.aicare.model.content;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.appointment.AppointmentType;
import id.ac.ugm.aicare.model.content.cbt.CbtModule;
import id.ac.ugm.aicare.model.content.cbt.CbtModuleStep;
import id.ac.ugm.aicare.model.content.resource.ContentResource;
import id.ac.ugm.aicare.model.content.survey.Survey;
import id.ac.ugm.aicare.model.content.survey.SurveyQuestion;
import id.ac.ugm.aicare.model.content.survey.SurveyResponse;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invalid values are refused before they reach the database, naming the entity and the field. */
@PostgresTest
class ContentInvalidValuesTest {

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = ContentSchema.create(database);
        studentId = MinimalUserRow.insert(db, "invalid@mail.ugm.ac.id");
    }

    @Test
    void anOverlongStepTypeFailsTheWholeModuleAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            CbtModule module = new CbtModule("Grounding", "5-4-3-2-1");
            module.addStep(new CbtModuleStep(null, "prompt", "Name five things you can see."));
            module.addStep(new CbtModuleStep(null, "t".repeat(51), "Name four things you can touch."));
            em.persist(module);
        }));
        assertRefusedNaming(failure, CbtModuleStep.class, "stepType");
        assertThat(db.count("cbt_modules")).isZero();
        assertThat(db.count("cbt_module_steps")).isZero();
    }

    @Test
    void aNullAnswerFailsTheResponseAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            Survey survey = new Survey("Check-in");
            SurveyQuestion question = survey.addQuestion(new SurveyQuestion("How are you?", "text"));
            survey.addResponse(new SurveyResponse(em.getReference(User.class, studentId))).addAnswer(question, null);
            em.persist(survey);
        }));
        assertRefusedNaming(failure, id.ac.ugm.aicare.model.content.survey.SurveyAnswer.class, "answerText");
        assertThat(db.count("surveys")).isZero();
        assertThat(db.count("survey_answers")).isZero();
    }

    @Test
    void anOverlongMimeTypeIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            ContentResource resource = new ContentResource("Leaflet", "text");
            resource.setMimeType("application/" + "x".repeat(100));
            em.persist(resource);
        }));
        assertRefusedNaming(failure, ContentResource.class, "mimeType");
        assertThat(db.count("content_resources")).isZero();
    }

    @Test
    void anAppointmentWithoutPsychologistIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            AppointmentType type = new AppointmentType("Follow-up", 30);
            em.persist(type);
            em.persist(new Appointment(em.getReference(User.class, studentId), null, type,
                    LocalDateTime.of(2025, 10, 1, 9, 0)));
        }));
        assertRefusedNaming(failure, Appointment.class, "psychologist");
        assertThat(db.count("appointment_types")).isZero();
        assertThat(db.count("appointments")).isZero();
    }
}
