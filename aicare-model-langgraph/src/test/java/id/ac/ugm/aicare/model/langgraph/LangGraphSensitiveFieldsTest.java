package id.ac.ugm.aicare.model.langgraph;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LangGraphSensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal or clinical: graph, node and edge names, states,
     * condition expressions, metrics. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "LangGraphExecution.executionId", "LangGraphExecution.graphName", "LangGraphExecution.status",
            "LangGraphNodeExecution.nodeId", "LangGraphNodeExecution.agentId", "LangGraphNodeExecution.nodeType",
            "LangGraphNodeExecution.status", "LangGraphNodeExecution.parentNodeId",
            "LangGraphNodeExecution.customMetrics",
            "LangGraphEdgeExecution.edgeId", "LangGraphEdgeExecution.sourceNodeId",
            "LangGraphEdgeExecution.targetNodeId", "LangGraphEdgeExecution.edgeType",
            "LangGraphEdgeExecution.conditionExpression",
            "LangGraphPerformanceMetric.metricName", "LangGraphPerformanceMetric.metricCategory",
            "LangGraphPerformanceMetric.metricUnit", "LangGraphPerformanceMetric.nodeId",
            "LangGraphPerformanceMetric.tags",
            "LangGraphAlert.alertType", "LangGraphAlert.severity", "LangGraphAlert.title", "LangGraphAlert.status",
            "LangGraphAlert.metricName", "LangGraphAlert.affectedNodes");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new LangGraphModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


    @Test
    void noSensitiveFieldOfAnyLangGraphEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new LangGraphModelModule().entityClasses())).isEmpty();
    }

    @Test
    void dataFlowingThroughTheGraphIsMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphExecution.class))
                .contains("inputData", "outputData", "executionContext");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphNodeExecution.class))
                .contains("inputData", "outputData");
    }

    @Test
    void alertPayloadsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphAlert.class)).contains("message", "alertContext");
    }

    @Test
    void errorTextThatCanQuoteStudentInputIsMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphExecution.class)).contains("errorMessage");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphNodeExecution.class))
                .contains("errorMessage", "errorStackTrace");
    }
}
