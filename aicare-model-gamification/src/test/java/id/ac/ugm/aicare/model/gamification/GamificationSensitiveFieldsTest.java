package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.gamification.analytics.QuestAnalyticsEvent;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationRecord;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.model.gamification.wellness.PlayerWellnessState;
import org.junit.jupiter.api.Test;

class GamificationSensitiveFieldsTest {

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
}
