package id.ac.ugm.aicare.model.langgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphEdgeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphPerformanceMetric;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes a whole LangGraph execution tree through JPA into a PostgreSQL database made from the
 * rendered DDL and reads it back in a fresh persistence context, comparing every field of the root
 * and of every child. The children reach their execution through its text {@code execution_id}.
 */
@PostgresTest
class ExecutionTreeRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = LangGraphDatabase.create(database);
    }

    @Test
    void anExecutionTreeReadsBackFieldByField() {
        LangGraphExecution written = db.callInTransaction(em -> {
            AgentRun run = new AgentRun("STA", "graph", "corr-" + UUID.randomUUID());
            em.persist(run);
            LangGraphExecution execution = fullExecution(UUID.randomUUID().toString());
            execution.setAgentRun(run);
            em.persist(execution);
            return execution;
        });

        db.runInTransaction(em -> {
            LangGraphExecution read = em.find(LangGraphExecution.class, written.getId());
            FIELDS.assertSameValues(written, read);
            assertThat(read.getAgentRun().getId()).isEqualTo(written.getAgentRun().getId());
            assertChildren(read.getNodeExecutions(), written.getNodeExecutions(), read);
            assertChildren(read.getEdgeExecutions(), written.getEdgeExecutions(), read);
            assertChildren(read.getPerformanceMetrics(), written.getPerformanceMetrics(), read);
            assertChildren(read.getAlerts(), written.getAlerts(), read);
            assertThat(read.getNodeExecutions()).extracting(LangGraphNodeExecution::getNodeId)
                    .containsExactly("classify", "respond");
        });
        assertThat(db.queryText("SELECT string_agg(DISTINCT execution_id, ',') FROM langgraph_node_executions "
                + "WHERE execution_id = ?", written.getExecutionId())).isEqualTo(written.getExecutionId());
    }

    @Test
    void childrenReachTheirExecutionThroughItsTextId() {
        LangGraphExecution written = db.callInTransaction(em -> {
            LangGraphExecution execution = fullExecution("exec-text-" + UUID.randomUUID());
            em.persist(execution);
            return execution;
        });

        LangGraphNodeExecution node = db.callInTransaction(em -> {
            LangGraphNodeExecution found = em.createQuery(
                    "select n from LangGraphNodeExecution n where n.execution.executionId = :id order by n.id",
                    LangGraphNodeExecution.class).setParameter("id", written.getExecutionId()).getResultList().get(0);
            assertThat(found.getExecution().getId()).isEqualTo(written.getId());
            return found;
        });
        assertThat(node.getNodeId()).isEqualTo("classify");
    }

    @Test
    void aChildWithAnUnknownExecutionIdIsRejectedByTheForeignKey() {
        assertThatThrownBy(() -> db.execute(
                "INSERT INTO langgraph_node_executions (execution_id, node_id, started_at, status, retry_count) "
                        + "VALUES ('no-such-execution', 'n', now(), 'running', 0)"))
                .hasMessageContaining("langgraph_node_executions_execution_id_fkey");
    }

    @Test
    void aSecondExecutionWithTheSameTextIdIsRejected() {
        String executionId = "dup-" + UUID.randomUUID();
        db.runInTransaction(em -> {
            em.persist(new LangGraphExecution(executionId, "triage"));
        });

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.persist(new LangGraphExecution(executionId, "triage"));
        })).hasStackTraceContaining("duplicate key value violates unique").hasStackTraceContaining("execution_id");
    }

    @Test
    void removingANodeFromItsExecutionDeletesItButAnUnlinkedAlertStays() {
        LangGraphExecution written = db.callInTransaction(em -> {
            LangGraphExecution execution = fullExecution("prune-" + UUID.randomUUID());
            em.persist(execution);
            return execution;
        });

        db.runInTransaction(em -> {
            LangGraphExecution execution = em.find(LangGraphExecution.class, written.getId());
            execution.removeNodeExecution(execution.getNodeExecutions().get(0));
            execution.removeAlert(execution.getAlerts().get(0));
        });

        assertThat(db.queryLong("SELECT count(*) FROM langgraph_node_executions WHERE execution_id = ?",
                written.getExecutionId())).isOne();
        assertThat(db.queryText("SELECT coalesce(execution_id, 'none') FROM langgraph_alerts WHERE id = ?",
                written.getAlerts().get(0).getId())).isEqualTo("none");
    }

    @Test
    void anAlertAboutNoSingleExecutionReadsBackFieldByField() {
        LangGraphAlert written = db.callInTransaction(em -> {
            LangGraphAlert alert = new LangGraphAlert("threshold", "medium", "Error rate high", "5% of runs failed");
            alert.setStatus("suppressed");
            alert.setThresholdValue(0.02);
            alert.setActualValue(0.05);
            alert.setMetricName("error_rate");
            alert.setAffectedNodes(List.of("respond"));
            em.persist(alert);
            return alert;
        });

        FIELDS.assertSameValues(written, db.find(LangGraphAlert.class, written.getId()));
    }

    private static <T> void assertChildren(List<T> read, List<T> written, LangGraphExecution parent) {
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < read.size(); i++) {
            FIELDS.assertSameValues(written.get(i), read.get(i));
            assertThat(read.get(i)).extracting("execution").isSameAs(parent);
        }
    }

    private static LangGraphExecution fullExecution(String executionId) {
        LangGraphExecution execution = new LangGraphExecution(executionId, "sta_triage");
        execution.setStartedAt(LocalDateTime.parse("2025-11-17T10:00:00.000001"));
        execution.setCompletedAt(LocalDateTime.parse("2025-11-17T10:00:03.25"));
        execution.setStatus("completed");
        execution.setTotalExecutionTimeMs(3249.5);
        execution.setTotalNodesExecuted(2);
        execution.setFailedNodes(0);
        execution.setSuccessRate(1.0);
        execution.setInputData(Map.of("message", "I feel overwhelmed", "turn", 1));
        execution.setOutputData(Map.of("risk", 2, "next", List.of("respond")));
        execution.setErrorMessage("retried once");
        execution.setExecutionContext(Map.of("session", "s-1"));

        LangGraphNodeExecution classify = new LangGraphNodeExecution("classify", 1);
        classify.setAgentId("sta");
        classify.setNodeType("agent");
        classify.setStartedAt(LocalDateTime.parse("2025-11-17T10:00:00.1"));
        classify.setCompletedAt(LocalDateTime.parse("2025-11-17T10:00:01.9"));
        classify.setStatus("completed");
        classify.setExecutionTimeMs(1800.0);
        classify.setMemoryUsageMb(128.5);
        classify.setCpuUsagePercent(37.25);
        classify.setInputData(Map.of("text", "I feel overwhelmed"));
        classify.setOutputData(Map.of("risk", 2));
        classify.setErrorMessage("rate limited");
        classify.setErrorStackTrace("Traceback ...");
        classify.setRetryCount(1);
        classify.setParentNodeId("root");
        classify.setCustomMetrics(Map.of("tokens", 900));
        LangGraphNodeExecution respond = new LangGraphNodeExecution("respond", 2);
        execution.addNodeExecution(classify);
        execution.addNodeExecution(respond);

        LangGraphEdgeExecution edge = new LangGraphEdgeExecution("classify->respond", "classify", "respond");
        edge.setEdgeType("conditional");
        edge.setTriggeredAt(LocalDateTime.parse("2025-11-17T10:00:01.95"));
        edge.setEvaluationResult(true);
        edge.setConditionExpression("risk >= 2");
        edge.setConditionContext(Map.of("risk", 2));
        edge.setEvaluationTimeMs(0.4);
        edge.setDataPassed(Map.of("risk", 2, "text", "I feel overwhelmed"));
        edge.setExecutionOrder(1);
        execution.addEdgeExecution(edge);

        LangGraphPerformanceMetric latency = new LangGraphPerformanceMetric("latency", 3249.5);
        latency.setMetricCategory("performance");
        latency.setMetricUnit("ms");
        latency.setRecordedAt(LocalDateTime.parse("2025-11-17T10:00:03.3"));
        latency.setNodeId(null);
        latency.setTags(Map.of("env", "prod"));
        LangGraphPerformanceMetric tokens = new LangGraphPerformanceMetric("tokens", 1240);
        tokens.setRecordedAt(LocalDateTime.parse("2025-11-17T10:00:03.4"));
        tokens.setNodeId("classify");
        execution.addPerformanceMetric(latency);
        execution.addPerformanceMetric(tokens);

        LangGraphAlert slow = new LangGraphAlert("performance", "low", "Slow node", "classify took 1.8 s");
        slow.setResolvedAt(LocalDateTime.parse("2025-11-17T11:00:00"));
        slow.setStatus("resolved");
        slow.setThresholdValue(1000.0);
        slow.setActualValue(1800.0);
        slow.setMetricName("latency");
        slow.setAffectedNodes(List.of("classify"));
        slow.setAlertContext(Map.of("p95", 1700));
        execution.addAlert(slow);
        return execution;
    }
}
