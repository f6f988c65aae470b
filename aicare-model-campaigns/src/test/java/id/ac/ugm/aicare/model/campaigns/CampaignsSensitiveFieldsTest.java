package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.campaigns.agent.AgentMessage;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.campaigns.alert.Alert;
import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.model.campaigns.consent.Consent;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.model.campaigns.insights.InsightsReport;
import id.ac.ugm.aicare.model.campaigns.intervention.CampaignExecution;
import id.ac.ugm.aicare.model.campaigns.system.AgentHealthLog;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignsSensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal or clinical: staff-configured campaigns and triggers,
     * agent and workflow vocabulary, settings, opaque ids. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "Campaign.name", "Campaign.description", "Campaign.triggerRules", "Campaign.targetAudience",
            "Campaign.status", "Campaign.priority",
            "CampaignTrigger.conditionType", "CampaignTrigger.conditionValue", "CampaignTrigger.evaluationFrequency",
            "CampaignExecution.status", "CampaignExecution.deliveryMethod",
            "ScaCampaignExecution.campaignName",
            "AgentRun.agentName", "AgentRun.action", "AgentRun.status", "AgentRun.correlationId",
            "AgentMessage.agentName", "AgentMessage.role", "AgentMessage.messageType",
            "AgentHealthLog.agentName", "AgentHealthLog.status", "AgentHealthLog.performanceMetrics",
            "SystemSetting.key", "SystemSetting.value", "SystemSetting.category", "SystemSetting.description",
            "InsightsReport.reportType", "InsightsReport.generatedBy",
            "Event.step", "Event.resourceId", "Event.outcome", "Event.consentScope",
            "Alert.alertType", "Alert.severity", "Alert.entityType", "Alert.entityId");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new CampaignsModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


    @Test
    void noSensitiveFieldOfAnyCampaignsEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new CampaignsModelModule().entityClasses())).isEmpty();
    }

    @Test
    void campaignMessagesAsTemplatedAndAsSentAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Campaign.class)).contains("messageTemplate");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(ScaCampaignExecution.class))
                .contains("messageContent", "targetedUserIds");
    }

    @Test
    void alertPayloadsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Alert.class)).contains("message", "contextData");
    }

    @Test
    void agentMessagesAndRunPayloadsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(AgentMessage.class)).contains("content", "metadata");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(AgentRun.class))
                .contains("inputPayload", "outputPayload");
    }

    @Test
    void identifiersOfPeopleAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Event.class)).contains("userHash", "sessionId", "riskFlag");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Consent.class)).contains("subjectId");
    }

    @Test
    void theRiskFlagStaysOutOfToString() {
        Event event = new Event(null, "triage", "hash");
        event.setRiskFlag((short) 3);

        assertThat(event.toString()).doesNotContain("riskFlag").doesNotContain("hash");
    }

    @Test
    void errorTextThatCanQuoteStudentsAndInsightsFromTheirConversationsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(CampaignExecution.class)).contains("errorMessage");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(ScaCampaignExecution.class)).contains("errorMessage");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(AgentRun.class)).contains("errorMessage");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(AgentHealthLog.class)).contains("errorDetails");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(InsightsReport.class))
                .contains("summary", "sentimentData", "trendingTopics");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Event.class)).contains("intent");
    }
}
