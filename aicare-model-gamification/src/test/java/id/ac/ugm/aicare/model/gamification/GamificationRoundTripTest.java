package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.gamification.analytics.QuestAnalyticsEvent;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationRecord;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationStatus;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.model.gamification.reward.RewardLedgerEntry;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.model.gamification.wellness.PlayerWellnessState;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every other gamification table keeps every value through a round trip; the ledgers stay as written. */
@PostgresTest
class GamificationRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;
    private static int counselorId;
    private static int questInstanceId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = GamificationSchema.create(database);
        studentId = MinimalUserRow.insert(db, "student@mail.ugm.ac.id");
        counselorId = MinimalUserRow.insert(db, "counselor@ugm.ac.id");
        questInstanceId = db.callInTransaction(em -> {
            QuestTemplate template = new QuestTemplate("round-trip", "Round trip", "Fixture quest");
            QuestInstance instance = template.addInstance(
                    new QuestInstance(em.getReference(User.class, studentId), LocalDateTime.of(2025, 6, 1, 12, 0)));
            em.persist(template);
            return instance.getId();
        });
    }

    @Test
    void playerWellnessStateIsKeyedByItsStudent() {
        PlayerWellnessState state = db.callInTransaction(em -> {
            PlayerWellnessState s = new PlayerWellnessState(em.getReference(User.class, studentId));
            s.setCurrentStreak(4);
            s.setLongestStreak(11);
            s.setCompassionModeActive(true);
            s.setCompassionActivatedAt(LocalDateTime.of(2025, 5, 30, 7, 15, 0, 1_000));
            s.setLastCompletedAt(LocalDateTime.of(2025, 5, 29, 22, 0, 59, 999_999_000));
            s.setHarmonyScore(0.1 + 0.2);
            s.setJoyBalance(-12.75);
            s.setExtraData(Map.of("last_mood", "tired", "checkins", List.of(3, 4, 2)));
            em.persist(s);
            return s;
        });
        assertThat(state.getId()).isEqualTo(studentId);
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(state, em.find(PlayerWellnessState.class, studentId));
        });
    }

    @Test
    void attestationKeepsWhatWasAttestedWhileItsDeliveryStateMoves() {
        AttestationRecord record = db.callInTransaction(em -> {
            AttestationRecord r = new AttestationRecord(em.getReference(QuestInstance.class, questInstanceId),
                    em.getReference(User.class, counselorId), "sha256:" + "ab".repeat(32));
            r.setExtraData(Map.of("chain", "base-sepolia"));
            em.persist(r);
            return r;
        });
        db.runInTransaction(em -> {
            AttestationRecord reloaded = em.find(AttestationRecord.class, record.getId());
            FIELDS.assertSameValues(record, reloaded);
            assertThat(reloaded.getStatus()).isEqualTo(AttestationStatus.PENDING);
            reloaded.setStatus(AttestationStatus.FAILED);
            reloaded.setProcessedAt(LocalDateTime.of(2025, 6, 2, 3, 4, 5, 678_000));
            reloaded.setLastError("RPC timeout after 30 s");
        });
        db.runInTransaction(em -> {
            AttestationRecord moved = em.find(AttestationRecord.class, record.getId());
            assertThat(moved.getStatus()).isEqualTo(AttestationStatus.FAILED);
            assertThat(moved.getProcessedAt()).isEqualTo(LocalDateTime.of(2025, 6, 2, 3, 4, 5, 678_000));
            assertThat(moved.getLastError()).isEqualTo("RPC timeout after 30 s");
            assertThat(moved.getHashedPayload()).isEqualTo(record.getHashedPayload());
            assertThat(moved.getCounselor().getId()).isEqualTo(counselorId);
            assertThat(moved.getCreatedAt()).isEqualTo(record.getCreatedAt().truncatedTo(ChronoUnit.MICROS));
        });
        assertThat(db.queryText("SELECT status::text FROM attestation_records WHERE id = ?", record.getId()))
                .isEqualTo("failed");
    }

    @Test
    void rewardLedgerEntryComesBackAsWrittenAndCannotBeUpdatedInBulk() {
        RewardLedgerEntry entry = db.callInTransaction(em -> {
            RewardLedgerEntry e = new RewardLedgerEntry(em.getReference(User.class, studentId),
                    em.getReference(QuestInstance.class, questInstanceId), 40, 7, 2.5, 0.125,
                    Map.of("reason", "quest_completed", "multiplier", 2));
            em.persist(e);
            return e;
        });
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(entry, em.find(RewardLedgerEntry.class, entry.getId()));
        });
        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.createQuery("update RewardLedgerEntry e set e.xpAwarded = 9999").executeUpdate();
        })).hasMessageContaining("RewardLedgerEntry");
        assertThat(db.queryText("SELECT xp_awarded FROM reward_ledger_entries WHERE id = ?", entry.getId()))
                .isEqualTo("40");
    }

    @Test
    void complianceAuditEntryComesBackAsWritten() {
        ComplianceAuditLog entry = db.callInTransaction(em -> {
            ComplianceAuditLog e = new ComplianceAuditLog(em.getReference(User.class, counselorId), "counselor",
                    "attestation.created", "quest_instance", String.valueOf(questInstanceId),
                    Map.of("ip", "10.0.0.7", "fields", List.of("status")));
            em.persist(e);
            return e;
        });
        ComplianceAuditLog system = db.callInTransaction(em -> {
            ComplianceAuditLog e = new ComplianceAuditLog(null, null, "nightly.expire", null, null, null);
            em.persist(e);
            return e;
        });
        db.runInTransaction(em -> {
            FIELDS.assertSameValues(entry, em.find(ComplianceAuditLog.class, entry.getId()));
            FIELDS.assertSameValues(system, em.find(ComplianceAuditLog.class, system.getId()));
        });
    }

    @Test
    void analyticsEventBadgeAndTweetComeBackFieldForField() {
        List<Object> written = db.callInTransaction(em -> {
            QuestAnalyticsEvent event = new QuestAnalyticsEvent("quest_completed",
                    em.getReference(User.class, studentId), em.getReference(QuestInstance.class, questInstanceId));
            event.setPayload(Map.of("seconds", 312, "source", "mobile"));
            UserBadge badge = new UserBadge(em.getReference(User.class, studentId), 3,
                    "0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x" + "9f".repeat(32));
            Tweet tweet = new Tweet("1790000000000000001", "Ujian selesai, akhirnya bisa tidur 😴 #UGM");
            tweet.setSentimentScore(-0.42);
            em.persist(event);
            em.persist(badge);
            em.persist(tweet);
            return List.of(event, badge, tweet);
        });
        db.runInTransaction(em -> {
            for (Object entity : written) {
                Object id = ((id.ac.ugm.aicare.model.core.entity.BaseEntity<?>) entity).getId();
                FIELDS.assertSameValues(entity, em.find(entity.getClass(), id));
            }
        });
    }
}
