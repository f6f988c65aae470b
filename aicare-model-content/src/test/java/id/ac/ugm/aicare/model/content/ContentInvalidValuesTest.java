package id.ac.ugm.aicare.model.content;

import static id.ac.ugm.aicare.model.content.ContentSchema.inTransaction;
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
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invalid values are refused before they reach the database, naming the entity and the field. */
@PostgresTest
class ContentInvalidValuesTest {

    private static EntityManagerFactory factory;
    private static TestDatabase database;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase db) {
        database = db;
        factory = ContentSchema.create(db);
        studentId = ContentSchema.insertUser(db, "invalid@mail.ugm.ac.id");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void anOverlongStepTypeFailsTheWholeModuleAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            CbtModule module = new CbtModule("Grounding", "5-4-3-2-1");
            module.addStep(new CbtModuleStep(null, "prompt", "Name five things you can see."));
            module.addStep(new CbtModuleStep(null, "t".repeat(51), "Name four things you can touch."));
            em.persist(module);
        }));
        assertNamesEntityAndField(failure, CbtModuleStep.class, "stepType");
        assertThat(ContentSchema.count(database, "cbt_modules")).isZero();
        assertThat(ContentSchema.count(database, "cbt_module_steps")).isZero();
    }

    @Test
    void aNullAnswerFailsTheResponseAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            Survey survey = new Survey("Check-in");
            SurveyQuestion question = survey.addQuestion(new SurveyQuestion("How are you?", "text"));
            survey.addResponse(new SurveyResponse(em.getReference(User.class, studentId))).addAnswer(question, null);
            em.persist(survey);
        }));
        assertNamesEntityAndField(failure, id.ac.ugm.aicare.model.content.survey.SurveyAnswer.class, "answerText");
        assertThat(ContentSchema.count(database, "surveys")).isZero();
        assertThat(ContentSchema.count(database, "survey_answers")).isZero();
    }

    @Test
    void anOverlongMimeTypeIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            ContentResource resource = new ContentResource("Leaflet", "text");
            resource.setMimeType("application/" + "x".repeat(100));
            em.persist(resource);
        }));
        assertNamesEntityAndField(failure, ContentResource.class, "mimeType");
        assertThat(ContentSchema.count(database, "content_resources")).isZero();
    }

    @Test
    void anAppointmentWithoutPsychologistIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            AppointmentType type = new AppointmentType("Follow-up", 30);
            em.persist(type);
            em.persist(new Appointment(em.getReference(User.class, studentId), null, type,
                    LocalDateTime.of(2025, 10, 1, 9, 0)));
        }));
        assertNamesEntityAndField(failure, Appointment.class, "psychologist");
        assertThat(ContentSchema.count(database, "appointment_types")).isZero();
        assertThat(ContentSchema.count(database, "appointments")).isZero();
    }

    private static void assertNamesEntityAndField(Throwable failure, Class<?> entity, String field) {
        assertThat(failure).as("the insert must be refused").isInstanceOf(ConstraintViolationException.class);
        ConstraintViolationException violation = (ConstraintViolationException) failure;
        assertThat(violation.getConstraintViolations())
                .extracting(v -> v.getRootBeanClass().getSimpleName() + "." + v.getPropertyPath())
                .containsExactly(entity.getSimpleName() + "." + field);
        assertThat(failure.getMessage()).contains(entity.getName()).contains(field);
    }
}
