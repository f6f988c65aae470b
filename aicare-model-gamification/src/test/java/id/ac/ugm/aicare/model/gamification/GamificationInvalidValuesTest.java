package id.ac.ugm.aicare.model.gamification;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invalid values are refused before they reach the database, naming the entity and the field. */
@PostgresTest
class GamificationInvalidValuesTest {

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = GamificationSchema.create(database);
        studentId = MinimalUserRow.insert(db, "invalid@mail.ugm.ac.id");
    }

    @Test
    void anOverlongQuestCodeIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new QuestTemplate("c".repeat(65), "Too long", "Code over 64 characters"));
        }));
        assertRefusedNaming(failure, QuestTemplate.class, "code");
        assertThat(db.count("quest_templates")).isZero();
    }

    @Test
    void aQuestWithoutDeadlineIsRefusedWithItsTemplateAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            QuestTemplate template = new QuestTemplate("no-deadline", "No deadline", "Instance lacks expires_at");
            template.addInstance(new QuestInstance(em.getReference(User.class, studentId), null));
            em.persist(template);
        }));
        assertRefusedNaming(failure, QuestInstance.class, "expiresAt");
        assertThat(db.count("quest_templates")).isZero();
        assertThat(db.count("quest_instances")).isZero();
    }

    @Test
    void aBlankAuditActionIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new ComplianceAuditLog(null, "admin", "  ", "user", "1", Map.of()));
        }));
        assertRefusedNaming(failure, ComplianceAuditLog.class, "action");
        assertThat(db.count("compliance_audit_log")).isZero();
    }

    @Test
    void aBadgeWithoutStudentIsRefusedAndNothingIsWritten() {
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new UserBadge(null, 1, "0xBadge", "0xtx"));
        }));
        assertRefusedNaming(failure, UserBadge.class, "user");
        assertThat(db.count("user_badges")).isZero();
    }
}
