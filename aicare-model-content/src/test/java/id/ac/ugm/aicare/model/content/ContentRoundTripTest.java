package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;
import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.appointment.AppointmentType;
import id.ac.ugm.aicare.model.content.resource.ContentResource;
import id.ac.ugm.aicare.model.content.resource.Resource;
import id.ac.ugm.aicare.model.content.scheduling.TherapistSchedule;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stand-alone content and scheduling tables keep every value through a round trip. */
@PostgresTest
class ContentRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;
    private static int therapistId;
    private static int psychologistId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = ContentSchema.create(database);
        studentId = MinimalUserRow.insert(db, "booker@mail.ugm.ac.id");
        therapistId = MinimalUserRow.insert(db, "therapist@ugm.ac.id");
        psychologistId = ContentSchema.insertPsychologist(db, "Dr. Sari Wulandari, M.Psi.");
    }

    @Test
    void contentResourceComesBackFieldForField() {
        ContentResource resource = db.callInTransaction(em -> {
            ContentResource r = new ContentResource("Sleep hygiene", "Keep a regular bedtime.\n\nAvoid screens.");
            r.setSource("https://gmc.ugm.ac.id/sleep");
            r.setType("pdf");
            r.setDescription("A two-page leaflet.");
            r.setTags(List.of("sleep", "habits"));
            r.setMetadata(Map.of("pages", 2, "language", "id", "authors", List.of("GMC")));
            r.setMimeType("application/pdf");
            r.setStorageBackend("minio");
            r.setObjectStorageKey("content/2025/sleep.pdf");
            r.setObjectStorageBucket("aicare-content");
            r.setEmbeddingStatus("done");
            r.setEmbeddingLastProcessedAt(LocalDateTime.of(2025, 4, 1, 10, 30, 15, 250_000_000));
            r.setChunkCount(12);
            em.persist(r);
            return r;
        });
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(resource, em.find(ContentResource.class, resource.getId()));
        });
    }

    @Test
    void contentResourceDefaultsMirrorThePythonDefaults() {
        ContentResource resource = db.callInTransaction(em -> {
            ContentResource r = new ContentResource("Defaults only", "");
            em.persist(r);
            return r;
        });
        assertThat(db.queryText("SELECT content || '|' || type || '|' || tags::text || '|' "
                + "|| metadata::text || '|' || storage_backend || '|' || embedding_status || '|' || chunk_count "
                + "FROM content_resources WHERE id = ?", resource.getId()))
                .isEqualTo("|text|[]|{}|database|pending|0");
    }

    @Test
    void resourceIsKeyedByItsTextIdAndKeepsItsJsonbDetails() {
        Resource resource = db.callInTransaction(em -> {
            Resource r = new Resource("hotline-119-ext-8", "SEJIWA hotline");
            r.setCategory("crisis");
            r.setEligibility(Map.of("students", true, "min_age", 17));
            r.setContact(Map.of("phone", "119 ext 8", "hours", "24/7"));
            r.setUrl("https://sejiwa.kemkes.go.id");
            r.setActive(false);
            em.persist(r);
            return r;
        });
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(resource, em.find(Resource.class, "hotline-119-ext-8"));
        });
        assertThat(db.queryText(
                "SELECT pg_typeof(contact)::text || '/' || pg_typeof(updated_at)::text FROM resources"))
                .isEqualTo("jsonb/timestamp with time zone");
    }

    @Test
    void therapistScheduleComesBackFieldForField() {
        TherapistSchedule schedule = db.callInTransaction(em -> {
            TherapistSchedule s = new TherapistSchedule(em.getReference(User.class, therapistId), "Monday",
                    "09:00", "12:30");
            s.setIsAvailable(false);
            s.setReason("Medical leave");
            em.persist(s);
            return s;
        });
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(schedule, em.find(TherapistSchedule.class, schedule.getId()));
        });
    }

    @Test
    void appointmentComesBackWithItsTypePsychologistAndNotes() {
        Appointment appointment = db.callInTransaction(em -> {
            AppointmentType type = new AppointmentType("First consultation", 50);
            type.setDescription("Intake conversation with a psychologist.");
            em.persist(type);
            Appointment a = new Appointment(em.getReference(User.class, studentId),
                    em.getReference(Psychologist.class, psychologistId), type,
                    LocalDateTime.of(2025, 9, 15, 13, 0, 0, 123_456_000));
            a.setNotes("Saya ingin membicarakan kecemasan menjelang ujian.");
            a.setStatus("confirmed");
            em.persist(a);
            return a;
        });
        db.runInTransaction(em -> {
            Appointment reloaded = em.find(Appointment.class, appointment.getId());
            FIELDS.assertSameValues(appointment, reloaded);
            FIELDS.assertSameValues(appointment.getAppointmentType(), reloaded.getAppointmentType());
            assertThat(reloaded.getPsychologist().getId()).isEqualTo(psychologistId);
        });
        assertThat(db.queryText("SELECT status FROM appointments WHERE id = ?", appointment.getId()))
                .isEqualTo("confirmed");
    }
}
