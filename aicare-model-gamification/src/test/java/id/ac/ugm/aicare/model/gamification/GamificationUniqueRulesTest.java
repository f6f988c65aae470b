package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.model.gamification.reward.RewardLedgerEntry;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDateTime;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database enforces the unique rules: the second insert fails on the constraint, the first row stays. */
@PostgresTest
class GamificationUniqueRulesTest {

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = GamificationSchema.create(database);
        studentId = MinimalUserRow.insert(db, "unique@mail.ugm.ac.id");
    }

    @Test
    void aQuestTemplateCodeIsUnique() {
        db.runInTransaction(em -> {
            em.persist(new QuestTemplate("box-breathing", "Box breathing", "The first one"));
        });
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new QuestTemplate("box-breathing", "Another", "The second one"));
        }));
        assertViolated(failure, "uq_quest_templates_code");
        assertThat(db.queryText(
                "SELECT count(*) || ':' || min(short_description) FROM quest_templates WHERE code = 'box-breathing'"))
                .isEqualTo("1:The first one");
    }

    @Test
    void aStudentCannotEarnTheSameBadgeTwice() {
        db.runInTransaction(em -> {
            em.persist(new UserBadge(em.getReference(User.class, studentId), 7, "0xBadge", "0xtx-first"));
        });
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new UserBadge(em.getReference(User.class, studentId), 7, "0xBadge", "0xtx-second"));
        }));
        assertViolated(failure, "_user_badge_uc");
        assertThat(db.queryText(
                "SELECT count(*) || ':' || min(transaction_hash) FROM user_badges WHERE badge_id = 7"))
                .isEqualTo("1:0xtx-first");
    }

    @Test
    void aMintingTransactionAwardsOneBadge() {
        db.runInTransaction(em -> {
            em.persist(new UserBadge(em.getReference(User.class, studentId), 8, "0xBadge", "0xtx-shared"));
        });
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new UserBadge(em.getReference(User.class, studentId), 9, "0xBadge", "0xtx-shared"));
        }));
        assertViolated(failure, "user_badges_transaction_hash_key");
        assertThat(db.queryText(
                "SELECT string_agg(badge_id::text, ',') FROM user_badges WHERE transaction_hash = '0xtx-shared'"))
                .isEqualTo("8");
    }

    @Test
    void aQuestIsRewardedAtMostOnce() {
        Integer instanceId = db.callInTransaction(em -> {
            QuestTemplate template = new QuestTemplate("reward-once", "Reward once", "Only one credit");
            QuestInstance instance = template.addInstance(
                    new QuestInstance(em.getReference(User.class, studentId), LocalDateTime.of(2025, 7, 1, 0, 0)));
            em.persist(template);
            em.persist(new RewardLedgerEntry(em.getReference(User.class, studentId), instance, 25, 5, 0.0, 0.0,
                    Map.of()));
            return instance.getId();
        });
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new RewardLedgerEntry(em.getReference(User.class, studentId),
                    em.getReference(QuestInstance.class, instanceId), 999, 0, 0.0, 0.0, Map.of()));
        }));
        assertViolated(failure, "uq_reward_ledger_quest_instance");
        assertThat(db.queryText(
                "SELECT count(*) || ':' || min(xp_awarded) FROM reward_ledger_entries WHERE quest_instance_id = ?",
                instanceId))
                .isEqualTo("1:25");
    }

    @Test
    void aTweetIsStoredOnce() {
        db.runInTransaction(em -> {
            em.persist(new Tweet("42", "first copy"));
        });
        Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
            em.persist(new Tweet("42", "second copy"));
        }));
        assertViolated(failure, "ix_tweets_tweet_id");
        assertThat(db.count("tweets")).isEqualTo(1);
    }

    private static void assertViolated(Throwable failure, String constraint) {
        assertThat(failure).as("the second insert must fail").isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a constraint violation in %s", failure).isInstanceOf(ConstraintViolationException.class);
        assertThat(((ConstraintViolationException) cause).getConstraintName()).isEqualTo(constraint);
        assertThat(((ConstraintViolationException) cause).getKind())
                .isEqualTo(ConstraintViolationException.ConstraintKind.UNIQUE);
    }
}
