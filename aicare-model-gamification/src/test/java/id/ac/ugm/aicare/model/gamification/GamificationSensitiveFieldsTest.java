package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import id.ac.ugm.aicare.model.gamification.analytics.QuestAnalyticsEvent;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationRecord;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.reward.RewardLedgerEntry;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.model.gamification.wellness.PlayerWellnessState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GamificationSensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal or clinical: staff-written quest templates, audit and
     * event vocabulary. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "QuestTemplate.code", "QuestTemplate.name", "QuestTemplate.shortDescription",
            "QuestTemplate.longDescription", "QuestTemplate.extraData",
            "ComplianceAuditLog.actorRole", "ComplianceAuditLog.action", "ComplianceAuditLog.entityType",
            "ComplianceAuditLog.entityId",
            "QuestAnalyticsEvent.eventType");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new GamificationModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


    @Test
    void noSensitiveFieldOfAnyEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new GamificationModelModule().entityClasses())).isEmpty();
    }

    @Test
    void whatStudentsWriteOrReportIsMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(QuestInstance.class))
                .contains("completionPayload", "compassionMode");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(PlayerWellnessState.class))
                .contains("extraData", "compassionModeActive", "compassionActivatedAt");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(QuestAnalyticsEvent.class)).contains("payload");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(AttestationRecord.class))
                .contains("hashedPayload", "lastError", "extraData");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(ComplianceAuditLog.class)).contains("extraData");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Tweet.class)).contains("text");
    }

    @Test
    void onChainAndTwitterIdsThatLeadToAStudentAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserBadge.class)).contains("transactionHash", "contractAddress");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Tweet.class)).contains("tweetId");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(RewardLedgerEntry.class)).contains("extraData");
    }
}
