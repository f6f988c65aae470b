package id.ac.ugm.aicare.model.campaigns;

import id.ac.ugm.aicare.model.campaigns.agent.AgentMessage;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.campaigns.alert.Alert;
import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignMetrics;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignTrigger;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.model.campaigns.consent.Consent;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.model.campaigns.insights.InsightsReport;
import id.ac.ugm.aicare.model.campaigns.intervention.CampaignExecution;
import id.ac.ugm.aicare.model.campaigns.system.AgentHealthLog;
import id.ac.ugm.aicare.model.campaigns.system.SystemSetting;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/**
 * The campaigns and administration tables: outreach campaigns with their triggers, metrics and
 * sends; deliveries of intervention campaigns; agent runs and their messages; agent health, system
 * settings, insights reports, agent events, dashboard alerts and consents. Foreign keys out of the
 * module point to {@code users} (module {@code auth}) and {@code intervention_campaigns} (module
 * {@code clinical}); {@code agent_users} lives in {@code auth}.
 */
public final class CampaignsModelModule implements ModelModule {

    @Override
    public String name() {
        return "campaigns";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                Campaign.class,
                CampaignTrigger.class,
                CampaignMetrics.class,
                CampaignExecution.class,
                ScaCampaignExecution.class,
                AgentRun.class,
                AgentMessage.class,
                AgentHealthLog.class,
                SystemSetting.class,
                InsightsReport.class,
                Event.class,
                Alert.class,
                Consent.class);
    }

    @Override
    public List<String> dependsOn() {
        return List.of("auth", "clinical");
    }
}
