package id.ac.ugm.aicare.model.gamification;

import static id.ac.ugm.aicare.model.gamification.GamificationSchema.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invalid values are refused before they reach the database, naming the entity and the field. */
@PostgresTest
class GamificationInvalidValuesTest {

    private static EntityManagerFactory factory;
    private static TestDatabase database;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase db) {
        database = db;
        factory = GamificationSchema.create(db);
        studentId = GamificationSchema.insertUser(db, "invalid@mail.ugm.ac.id");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void anOverlongQuestCodeIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            em.persist(new QuestTemplate("c".repeat(65), "Too long", "Code over 64 characters"));
        }));
        assertNamesEntityAndField(failure, QuestTemplate.class, "code");
        assertThat(GamificationSchema.count(database, "quest_templates")).isZero();
    }

    @Test
    void aQuestWithoutDeadlineIsRefusedWithItsTemplateAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            QuestTemplate template = new QuestTemplate("no-deadline", "No deadline", "Instance lacks expires_at");
            template.addInstance(new QuestInstance(em.getReference(User.class, studentId), null));
            em.persist(template);
        }));
        assertNamesEntityAndField(failure, QuestInstance.class, "expiresAt");
        assertThat(GamificationSchema.count(database, "quest_templates")).isZero();
        assertThat(GamificationSchema.count(database, "quest_instances")).isZero();
    }

    @Test
    void aBlankAuditActionIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            em.persist(new ComplianceAuditLog(null, "admin", "  ", "user", "1", Map.of()));
        }));
        assertNamesEntityAndField(failure, ComplianceAuditLog.class, "action");
        assertThat(GamificationSchema.count(database, "compliance_audit_log")).isZero();
    }

    @Test
    void aBadgeWithoutStudentIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> inTransaction(factory, em -> {
            em.persist(new UserBadge(null, 1, "0xBadge", "0xtx"));
        }));
        assertNamesEntityAndField(failure, UserBadge.class, "user");
        assertThat(GamificationSchema.count(database, "user_badges")).isZero();
    }

    private static void assertNamesEntityAndField(Throwable failure, Class<?> entity, String field) {
        assertThat(failure).as("the insert must be refused").isInstanceOf(ConstraintViolationException.class);
        ConstraintViolationException violation = (ConstraintViolationException) failure;
        assertThat(violation.getConstraintViolations())
                .extracting(v -> v.getRootBeanClass().getSimpleName() + "." + v.getPropertyPath())
                .containsExactly(entity.getSimpleName() + "." + field);
        assertThat(failure.getMessage()).contains(entity.getName()).contains(field);
        for (ConstraintViolation<?> v : violation.getConstraintViolations()) {
            assertThat(v.getRootBeanClass()).isEqualTo(entity);
        }
    }
}
