package id.ac.ugm.aicare.model.campaigns;

import id.ac.ugm.aicare.model.campaigns.agent.AgentMessage;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignMetrics;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignTrigger;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.testing.aggregate.ChildLinkContract;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each add/remove helper keeps both sides in step and moves a child between parents (in memory). */
class CampaignsChildLinksTest {

    @Test
    void campaignTriggers() {
        ChildLinkContract.verify("Campaign.triggers", () -> new Campaign("c", "m"),
                () -> new CampaignTrigger("insight", Map.of()), Campaign::addTrigger, Campaign::removeTrigger,
                Campaign::getTriggers, CampaignTrigger::getCampaign);
    }

    @Test
    void campaignMetrics() {
        ChildLinkContract.verify("Campaign.metrics", () -> new Campaign("c", "m"),
                () -> new CampaignMetrics(LocalDate.of(2026, 1, 1)), Campaign::addMetrics, Campaign::removeMetrics,
                Campaign::getMetrics, CampaignMetrics::getCampaign);
    }

    @Test
    void campaignExecutions() {
        ChildLinkContract.verify("Campaign.executions", () -> new Campaign("c", "m"),
                () -> new ScaCampaignExecution("c", "m"), Campaign::addExecution, Campaign::removeExecution,
                Campaign::getExecutions, ScaCampaignExecution::getCampaign);
    }

    @Test
    void agentRunMessages() {
        ChildLinkContract.verify("AgentRun.messages", () -> new AgentRun("triage", "classify", "corr-1"),
                () -> new AgentMessage("triage", "m"), AgentRun::addMessage, AgentRun::removeMessage,
                AgentRun::getMessages, AgentMessage::getRun);
    }
}
