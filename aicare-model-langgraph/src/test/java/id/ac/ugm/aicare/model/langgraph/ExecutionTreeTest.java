package id.ac.ugm.aicare.model.langgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphEdgeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphPerformanceMetric;
import org.junit.jupiter.api.Test;

/** The helper methods keep both sides of the execution tree's links in step, without a database. */
class ExecutionTreeTest {

    @Test
    void aNewExecutionHasEmptyChildCollections() {
        LangGraphExecution execution = new LangGraphExecution("exec-1", "triage");

        assertThat(execution.getNodeExecutions()).isEmpty();
        assertThat(execution.getEdgeExecutions()).isEmpty();
        assertThat(execution.getPerformanceMetrics()).isEmpty();
        assertThat(execution.getAlerts()).isEmpty();
        assertThat(execution.getStatus()).isEqualTo("running");
        assertThat(execution.getTotalNodesExecuted()).isZero();
    }

    @Test
    void addingAChildLinksItBackToItsExecution() {
        LangGraphExecution execution = new LangGraphExecution("exec-1", "triage");
        LangGraphNodeExecution node = new LangGraphNodeExecution("classify", 1);
        LangGraphEdgeExecution edge = new LangGraphEdgeExecution("classify->respond", "classify", "respond");
        LangGraphPerformanceMetric metric = new LangGraphPerformanceMetric("latency", 12.5);
        LangGraphAlert alert = new LangGraphAlert("performance", "low", "Slow node", "classify took long");

        execution.addNodeExecution(node);
        execution.addEdgeExecution(edge);
        execution.addPerformanceMetric(metric);
        execution.addAlert(alert);

        assertThat(execution.getNodeExecutions()).containsExactly(node);
        assertThat(execution.getEdgeExecutions()).containsExactly(edge);
        assertThat(execution.getPerformanceMetrics()).containsExactly(metric);
        assertThat(execution.getAlerts()).containsExactly(alert);
        assertThat(node.getExecution()).isSameAs(execution);
        assertThat(edge.getExecution()).isSameAs(execution);
        assertThat(metric.getExecution()).isSameAs(execution);
        assertThat(alert.getExecution()).isSameAs(execution);
    }

    @Test
    void removingAChildUnlinksBothSides() {
        LangGraphExecution execution = new LangGraphExecution("exec-1", "triage");
        LangGraphNodeExecution node = new LangGraphNodeExecution("classify", 1);
        LangGraphAlert alert = new LangGraphAlert("performance", "low", "Slow node", "classify took long");
        execution.addNodeExecution(node);
        execution.addAlert(alert);

        execution.removeNodeExecution(node);
        execution.removeAlert(alert);

        assertThat(execution.getNodeExecutions()).isEmpty();
        assertThat(node.getExecution()).isNull();
        assertThat(execution.getAlerts()).isEmpty();
        assertThat(alert.getExecution()).isNull();
    }

    @Test
    void theChildCollectionsCannotBeChangedBehindTheHelpers() {
        LangGraphExecution execution = new LangGraphExecution("exec-1", "triage");

        assertThatThrownBy(() -> execution.getNodeExecutions().add(new LangGraphNodeExecution("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
