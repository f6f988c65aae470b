package id.ac.ugm.aicare.model.gamification;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.gamification.analytics.QuestAnalyticsEvent;
import id.ac.ugm.aicare.model.gamification.attestation.AttestationRecord;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.model.gamification.reward.RewardLedgerEntry;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.model.gamification.wellness.PlayerWellnessState;
import java.util.List;

/**
 * The gamification tables: quest templates and the quests issued from them, each student's
 * wellness state, counselor attestations, the reward ledger, the compliance audit log, quest
 * analytics, on-chain badges and collected tweets. Every foreign key out of the module points to
 * {@code users} (module {@code auth}).
 */
public final class GamificationModelModule implements ModelModule {

    @Override
    public String name() {
        return "gamification";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                QuestTemplate.class,
                QuestInstance.class,
                PlayerWellnessState.class,
                AttestationRecord.class,
                RewardLedgerEntry.class,
                ComplianceAuditLog.class,
                QuestAnalyticsEvent.class,
                UserBadge.class,
                Tweet.class);
    }

    @Override
    public List<String> dependsOn() {
        return List.of("auth");
    }
}
