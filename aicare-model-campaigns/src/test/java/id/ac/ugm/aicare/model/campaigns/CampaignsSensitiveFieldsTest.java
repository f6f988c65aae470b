package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.campaigns.agent.AgentMessage;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.campaigns.alert.Alert;
import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.model.campaigns.consent.Consent;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import org.junit.jupiter.api.Test;

class CampaignsSensitiveFieldsTest {

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
}
