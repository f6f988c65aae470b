package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.gamification.quest.QuestCategory;
import id.ac.ugm.aicare.model.gamification.quest.QuestDifficulty;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestStatus;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
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

/** A quest template and its instances survive a round trip through PostgreSQL intact and in order. */
@PostgresTest
class QuestAggregateRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = GamificationSchema.create(database);
        studentId = MinimalUserRow.insert(db, "quester@mail.ugm.ac.id");
    }

    @Test
    void templateAndOrderedInstancesComeBackFieldForField() {
        QuestTemplate template = db.callInTransaction(em -> {
            User student = em.getReference(User.class, studentId);
            QuestTemplate t = new QuestTemplate("gratitude-3", "Three good things", "Write three good things");
            t.setLongDescription("Before bed, write down three things that went well today.\nWhy did they happen?");
            t.setCategory(QuestCategory.REFLECTION);
            t.setDifficulty(QuestDifficulty.CHALLENGE);
            t.setRecommendedDurationMinutes(15);
            t.setBaseXp(40);
            t.setBaseJoy(7);
            t.setBaseHarmony(3);
            t.setExtraData(Map.of("tags", List.of("evening", "journal"), "weight", 1.5, "nested", Map.of("n", 2)));
            t.setRequiresCounselor(true);
            t.setIsActive(false);

            QuestInstance first = new QuestInstance(student, LocalDateTime.of(2025, 3, 4, 23, 59, 59, 123_456_000));
            first.setStatus(QuestStatus.COMPLETED);
            first.setCompletedAt(LocalDateTime.of(2025, 3, 4, 21, 5, 7, 654_321_000));
            first.setCompletionPayload(Map.of("mood_after", 4, "notes", List.of("walk", "call mum")));
            first.setStreakSnapshot(6);
            first.setCompassionMode(true);
            t.addInstance(first);

            QuestInstance second = new QuestInstance(student, LocalDateTime.of(2025, 3, 5, 23, 59, 59));
            second.setCompletionPayload(null);
            t.addInstance(second);

            QuestInstance third = new QuestInstance(student, LocalDateTime.of(2025, 3, 6, 23, 59, 59));
            third.setStatus(QuestStatus.EXPIRED);
            t.addInstance(third);

            em.persist(t);
            return t;
        });

        db.runInTransaction(em -> {
            QuestTemplate reloaded = em.find(QuestTemplate.class, template.getId());
            assertThat(reloaded).isNotSameAs(template);
            FIELDS.assertSameValues(template, reloaded);
            assertThat(reloaded.getCreatedAt()).isNotNull();
            assertThat(reloaded.getUpdatedAt()).isNotNull();
            assertThat(reloaded.getInstances()).extracting(QuestInstance::getId)
                    .containsExactlyElementsOf(template.getInstances().stream().map(QuestInstance::getId).toList());
            for (int i = 0; i < template.getInstances().size(); i++) {
                FIELDS.assertSameValues(template.getInstances().get(i), reloaded.getInstances().get(i));
                assertThat(reloaded.getInstances().get(i).getIssuedAt()).isNotNull();
            }
            assertThat(reloaded.getInstances().get(0).getUser().getId()).isEqualTo(studentId);
        });
    }

    @Test
    void questEnumsAreStoredAsTheirValuesInNativeEnumTypes() {
        QuestTemplate template = db.callInTransaction(em -> {
            QuestTemplate t = new QuestTemplate("walk-10", "Walk ten minutes", "A short walk");
            t.setCategory(QuestCategory.SOCIAL);
            t.addInstance(new QuestInstance(em.getReference(User.class, studentId), LocalDateTime.of(2025, 1, 1, 0, 0)))
                    .setStatus(QuestStatus.CANCELLED);
            em.persist(t);
            return t;
        });
        assertThat(db.queryText(
                "SELECT category::text || '/' || difficulty::text || '/' || pg_typeof(category)::text "
                        + "FROM quest_templates WHERE id = ?", template.getId()))
                .isEqualTo("social/standard/questcategoryenum");
        assertThat(db.queryText(
                "SELECT status::text || '/' || pg_typeof(status)::text FROM quest_instances WHERE template_id = ?",
                template.getId()))
                .isEqualTo("cancelled/queststatusenum");
    }

    @Test
    void javaDefaultsMirrorThePythonDefaults() {
        QuestTemplate template = db.callInTransaction(em -> {
            QuestTemplate t = new QuestTemplate("defaults", "Defaults", "Nothing set");
            t.addInstance(new QuestInstance(em.getReference(User.class, studentId),
                    LocalDateTime.of(2025, 2, 1, 8, 0)));
            em.persist(t);
            return t;
        });
        db.runInTransaction(em -> {
            QuestTemplate t = em.find(QuestTemplate.class, template.getId());
            assertThat(t.getCategory()).isEqualTo(QuestCategory.WELLNESS);
            assertThat(t.getDifficulty()).isEqualTo(QuestDifficulty.STANDARD);
            assertThat(List.of(t.getRecommendedDurationMinutes(), t.getBaseXp(), t.getBaseJoy(), t.getBaseHarmony()))
                    .containsExactly(10, 25, 5, 5);
            assertThat(t.getExtraData()).isEmpty();
            assertThat(t.getRequiresCounselor()).isFalse();
            assertThat(t.getIsActive()).isTrue();
            QuestInstance instance = t.getInstances().get(0);
            assertThat(instance.getStatus()).isEqualTo(QuestStatus.ACTIVE);
            assertThat(instance.getCompletionPayload()).isEmpty();
            assertThat(instance.getStreakSnapshot()).isZero();
            assertThat(instance.getCompassionMode()).isFalse();
        });
    }

    @Test
    void removingAnInstanceFromItsTemplateDeletesIt() {
        QuestTemplate template = db.callInTransaction(em -> {
            QuestTemplate t = new QuestTemplate("remove-me", "Remove", "Instance goes away");
            t.addInstance(new QuestInstance(em.getReference(User.class, studentId),
                    LocalDateTime.of(2025, 2, 1, 8, 0)));
            t.addInstance(new QuestInstance(em.getReference(User.class, studentId),
                    LocalDateTime.of(2025, 2, 2, 8, 0)));
            em.persist(t);
            return t;
        });
        Integer removedId = template.getInstances().get(0).getId();
        db.runInTransaction(em -> {
            QuestTemplate t = em.find(QuestTemplate.class, template.getId());
            QuestInstance first = t.getInstances().get(0);
            t.removeInstance(first);
            assertThat(first.getTemplate()).isNull();
        });
        db.runInTransaction(em -> {
            assertThat(em.find(QuestInstance.class, removedId)).isNull();
            assertThat(em.find(QuestTemplate.class, template.getId()).getInstances()).hasSize(1);
        });
    }
}
