package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.campaigns.agent.AgentMessage;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.campaigns.alert.Alert;
import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignMetrics;
import id.ac.ugm.aicare.model.campaigns.campaign.CampaignTrigger;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.model.campaigns.consent.Consent;
import id.ac.ugm.aicare.model.campaigns.consent.ConsentScope;
import id.ac.ugm.aicare.model.campaigns.event.AgentName;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.model.campaigns.insights.InsightsReport;
import id.ac.ugm.aicare.model.campaigns.intervention.CampaignExecution;
import id.ac.ugm.aicare.model.campaigns.system.AgentHealthLog;
import id.ac.ugm.aicare.model.campaigns.system.SystemSetting;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionCampaign;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes every campaigns entity through JPA into a PostgreSQL database made from the rendered DDL
 * and reads it back in a fresh persistence context, comparing every field; aggregates are read back
 * with their children, and the database's own ON DELETE rules are checked.
 */
@PostgresTest
class CampaignsRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int adminId;
    private static int studentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = CampaignsDatabase.create(database);
        adminId = MinimalUserRow.insert(db, "campaign.admin@ugm.ac.id");
        studentId = MinimalUserRow.insert(db, "campaign.student@ugm.ac.id");
    }

    @Test
    void aCampaignWithTriggersMetricsAndSendsReadsBackFieldByField() {
        Campaign written = db.callInTransaction(em -> {
            Campaign campaign = fullCampaign("Exam stress outreach");
            campaign.setCreatedBy(em.getReference(User.class, adminId));
            campaign.getExecutions().get(0).setExecutedBy(em.getReference(User.class, adminId));
            em.persist(campaign);
            return campaign;
        });

        db.runInTransaction(em -> {
            Campaign read = em.find(Campaign.class, written.getId());
            FIELDS.assertSameValues(written, read);
            assertThat(read.getCreatedBy().getId()).isEqualTo(adminId);
            assertThat(read.getTriggers()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                FIELDS.assertSameValues(written.getTriggers().get(i), read.getTriggers().get(i));
                assertThat(read.getTriggers().get(i).getCampaign()).isSameAs(read);
            }
            assertThat(read.getMetrics()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                FIELDS.assertSameValues(written.getMetrics().get(i), read.getMetrics().get(i));
            }
            assertThat(read.getExecutions()).singleElement().satisfies(send -> {
                FIELDS.assertSameValues(written.getExecutions().get(0), send);
                assertThat(send.getExecutedBy().getId()).isEqualTo(adminId);
                assertThat(send.getTargetedUserIds()).containsExactly(studentId, 7, 8);
            });
        });
    }

    @Test
    void deletingACampaignInTheDatabaseDeletesItsTriggersMetricsAndSends() {
        UUID id = db.callInTransaction(em -> {
            Campaign campaign = fullCampaign("Sleep hygiene week");
            em.persist(campaign);
            return campaign.getId();
        });

        db.execute("DELETE FROM campaigns WHERE id = ?", id);

        assertThat(db.queryLong("SELECT (SELECT count(*) FROM campaign_triggers WHERE campaign_id = ?) + "
                + "(SELECT count(*) FROM campaign_metrics WHERE campaign_id = ?) + "
                + "(SELECT count(*) FROM sca_campaign_executions WHERE campaign_id = ?)", id, id, id)).isZero();
    }

    @Test
    void deletingTheCreatorKeepsTheCampaignWithoutOne() {
        int creatorId = MinimalUserRow.insert(db, "short-lived.admin@ugm.ac.id");
        UUID id = db.callInTransaction(em -> {
            Campaign campaign = new Campaign("Orphaned", "Hello");
            campaign.setCreatedBy(em.getReference(User.class, creatorId));
            em.persist(campaign);
            return campaign.getId();
        });

        db.execute("DELETE FROM users WHERE id = ?", creatorId);

        assertThat(db.queryText("SELECT coalesce(created_by::text, 'none') FROM campaigns WHERE id = ?", id))
                .isEqualTo("none");
    }

    @Test
    void removingATriggerFromItsCampaignDeletesIt() {
        UUID id = db.callInTransaction(em -> {
            Campaign campaign = fullCampaign("Trigger pruning");
            em.persist(campaign);
            return campaign.getId();
        });

        db.runInTransaction(em -> {
            Campaign campaign = em.find(Campaign.class, id);
            campaign.removeTrigger(campaign.getTriggers().get(0));
        });

        assertThat(db.queryLong("SELECT count(*) FROM campaign_triggers WHERE campaign_id = ?", id)).isOne();
    }

    @Test
    void anAgentRunAndItsMessagesReadBackFieldByField() {
        AgentRun written = db.callInTransaction(em -> {
            AgentRun run = new AgentRun("STA", "assess_risk", "corr-" + UUID.randomUUID());
            run.setStatus("completed");
            run.setStartedAt(LocalDateTime.parse("2025-11-17T09:00:00.000001"));
            run.setCompletedAt(LocalDateTime.parse("2025-11-17T09:00:02.5"));
            run.setErrorMessage(null);
            run.setInputPayload(Map.of("message", "I can't sleep before exams", "turn", 3));
            run.setOutputPayload(Map.of("risk", 1, "labels", List.of("stress", "sleep")));
            run.setTriggeredBy(em.getReference(User.class, studentId));
            AgentMessage prompt = new AgentMessage("STA", "I can't sleep before exams");
            prompt.setRole("user");
            prompt.setMessageType("message");
            prompt.setMetadata(Map.of("channel", "web"));
            AgentMessage verdict = new AgentMessage("STA", "risk=1");
            run.addMessage(prompt);
            run.addMessage(verdict);
            em.persist(run);
            return run;
        });

        db.runInTransaction(em -> {
            AgentRun read = em.find(AgentRun.class, written.getId());
            FIELDS.assertSameValues(written, read);
            assertThat(read.getTriggeredBy().getId()).isEqualTo(studentId);
            assertThat(read.getMessages()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                FIELDS.assertSameValues(written.getMessages().get(i), read.getMessages().get(i));
                assertThat(read.getMessages().get(i).getRun()).isSameAs(read);
            }
            assertThat(read.getMessages().get(1).getRole()).isEqualTo("system");
            assertThat(read.getMessages().get(1).getMessageType()).isEqualTo("event");
        });
    }

    @Test
    void aDeliveryOfAnInterventionCampaignReadsBackFieldByField() {
        CampaignExecution written = db.callInTransaction(em -> {
            InterventionCampaign intervention = new InterventionCampaign("check_in", "Weekly check-in",
                    Map.of("body", "How are you this week?"));
            em.persist(intervention);
            CampaignExecution execution = new CampaignExecution(intervention, em.getReference(User.class, studentId));
            execution.setStatus("delivered");
            execution.setScheduledAt(LocalDateTime.parse("2025-11-18T08:00:00"));
            execution.setExecutedAt(LocalDateTime.parse("2025-11-18T08:00:01.123456"));
            execution.setDeliveryMethod("email");
            execution.setErrorMessage("first attempt bounced");
            execution.setEngagementScore(0.75);
            execution.setTriggerData(Map.of("signal", "low_mood", "score", 2));
            execution.setNotes("Student replied the same day");
            execution.setIsManual(true);
            em.persist(execution);
            return execution;
        });

        db.runInTransaction(em -> {
            CampaignExecution read = em.find(CampaignExecution.class, written.getId());
            FIELDS.assertSameValues(written, read);
            assertThat(read.getCampaign().getId()).isEqualTo(written.getCampaign().getId());
            assertThat(read.getUser().getId()).isEqualTo(studentId);
            assertThat(read.getCreatedAt()).isNotNull();
            assertThat(read.getUpdatedAt()).isNotNull();
        });
    }

    @Test
    void anAgentHealthLogReadsBackFieldByField() {
        AgentHealthLog written = db.callInTransaction(em -> {
            AgentHealthLog log = new AgentHealthLog("sca", "degraded");
            log.setLastRunAt(Instant.parse("2025-11-17T01:00:00Z"));
            log.setLastSuccessAt(Instant.parse("2025-11-16T23:59:59.999999Z"));
            log.setErrorCount(3);
            log.setPerformanceMetrics(Map.of("avg_response_time_ms", 250, "cache_hit_rate", 0.85));
            log.setErrorDetails("timeout calling model");
            em.persist(log);
            return log;
        });

        FIELDS.assertSameValues(written, db.find(AgentHealthLog.class, written.getId()));
    }

    @Test
    void aSystemSettingReadsBackUnderItsKey() {
        SystemSetting written = db.callInTransaction(em -> {
            SystemSetting setting = new SystemSetting("sta.risk_threshold", "sta",
                    Map.of("value", 0.7, "enabled", true, "levels", List.of(1, 2, 3)));
            setting.setDescription("Risk score above which a case opens");
            setting.setUpdatedBy(em.getReference(User.class, adminId));
            em.persist(setting);
            return setting;
        });

        db.runInTransaction(em -> {
            SystemSetting read = em.find(SystemSetting.class, "sta.risk_threshold");
            FIELDS.assertSameValues(written, read);
            assertThat(read.getUpdatedBy().getId()).isEqualTo(adminId);
            assertThat(read).isEqualTo(written);
        });
    }

    @Test
    void anInsightsReportReadsBackFieldByField() {
        InsightsReport written = db.callInTransaction(em -> {
            InsightsReport report = new InsightsReport("weekly", Instant.parse("2025-11-10T00:00:00Z"),
                    Instant.parse("2025-11-16T23:59:59Z"), Instant.parse("2025-11-17T02:00:00.000123Z"));
            report.setSummary("Exam stress rose in week 46");
            report.setTrendingTopics(Map.of("topics", List.of(Map.of("topic", "exams", "count", 42))));
            report.setSentimentData(Map.of("avg_score", -0.2, "trend", "down"));
            report.setHighRiskCount(4);
            report.setAssessmentCount(120);
            report.setGeneratedBy("admin");
            em.persist(report);
            return report;
        });

        FIELDS.assertSameValues(written, db.find(InsightsReport.class, written.getId()));
    }

    @Test
    void anEventReadsBackFieldByFieldWithItsAgentLabel() {
        Event written = db.callInTransaction(em -> {
            Event event = new Event(AgentName.TCA, "plan_generated", "u_5f2c");
            event.setSessionId("sess-1");
            event.setIntent("coping_plan");
            event.setRiskFlag((short) 2);
            event.setResourceId("cbt-7");
            event.setLatencyMs(812);
            event.setTokensIn(1200);
            event.setTokensOut(340);
            event.setCostCents(3);
            event.setOutcome("ok");
            event.setConsentScope("ops");
            em.persist(event);
            return event;
        });

        FIELDS.assertSameValues(written, db.find(Event.class, written.getId()));
        assertThat(db.queryText("SELECT agent::text FROM events WHERE id = ?", written.getId())).isEqualTo("TCA");
    }

    @Test
    void anAlertReadsBackFieldByField() {
        Alert written = db.callInTransaction(em -> {
            Alert alert = new Alert("case_created", "high", "New high-severity case", "A student reported panic");
            alert.setEntityType("case");
            alert.setEntityId(UUID.randomUUID().toString());
            alert.setContextData(Map.of("severity", "high", "user_hash", "u_5f2c"));
            alert.setIsSeen(true);
            alert.setSeenAt(Instant.parse("2025-11-17T05:00:00Z"));
            alert.setSeenBy(adminId);
            alert.setExpiresAt(Instant.parse("2025-11-24T05:00:00Z"));
            em.persist(alert);
            return alert;
        });

        FIELDS.assertSameValues(written, db.find(Alert.class, written.getId()));
    }

    @Test
    void aConsentReadsBackFieldByFieldWithItsScopeLabel() {
        Consent written = db.callInTransaction(em -> {
            Consent consent = new Consent("subject-" + UUID.randomUUID(), ConsentScope.FOLLOWUP);
            consent.setGrantedAt(Instant.parse("2025-08-01T00:00:00Z"));
            consent.setRevokedAt(Instant.parse("2025-10-01T00:00:00.000001Z"));
            consent.setEvidenceUri("s3://consents/signed.pdf");
            em.persist(consent);
            return consent;
        });

        FIELDS.assertSameValues(written, db.find(Consent.class, written.getId()));
        assertThat(db.queryText("SELECT scope::text FROM consents WHERE id = ?", written.getId()))
                .isEqualTo("followup");
    }

    private Campaign fullCampaign(String name) {
        Campaign campaign = new Campaign(name, "Hi {first_name}, exams are close: we are here if you need us.");
        campaign.setDescription("Reach first-year students before finals");
        campaign.setTriggerRules(Map.of("type", "ia_insight", "topic", "exam stress", "threshold", 20));
        campaign.setTargetAudience(Map.of("segment", "first_year_students", "risk_level", "high"));
        campaign.setStatus("active");
        campaign.setPriority("high");
        campaign.setLastExecutedAt(Instant.parse("2025-11-15T07:30:00.654321Z"));
        CampaignTrigger insight = new CampaignTrigger("ia_insight", Map.of("metric", "high_risk_count", "value", 10));
        insight.setEvaluationFrequency("hourly");
        insight.setLastEvaluatedAt(Instant.parse("2025-11-17T00:00:00Z"));
        insight.setLastMatchAt(Instant.parse("2025-11-16T00:00:00Z"));
        insight.setMatchCount(5);
        CampaignTrigger manual = new CampaignTrigger("manual", Map.of());
        campaign.addTrigger(insight);
        campaign.addTrigger(manual);
        CampaignMetrics monday = new CampaignMetrics(LocalDate.of(2025, 11, 10));
        monday.setMessagesSent(120);
        monday.setUsersTargeted(130);
        monday.setUsersEngaged(40);
        monday.setSuccessRate(0.3333333333333333);
        monday.setAvgSentimentBefore(-0.4);
        monday.setAvgSentimentAfter(0.1);
        CampaignMetrics tuesday = new CampaignMetrics(LocalDate.of(2025, 11, 11));
        campaign.addMetrics(monday);
        campaign.addMetrics(tuesday);
        ScaCampaignExecution send = new ScaCampaignExecution(name, campaign.getMessageTemplate());
        send.setTotalTargeted(3);
        send.setMessagesSent(2);
        send.setMessagesFailed(1);
        send.setExecutionTimeSeconds(1.75);
        send.setDryRun(true);
        send.setTargetedUserIds(List.of(studentId, 7, 8));
        send.setErrorMessage("1 address bounced");
        campaign.addExecution(send);
        return campaign;
    }
}
