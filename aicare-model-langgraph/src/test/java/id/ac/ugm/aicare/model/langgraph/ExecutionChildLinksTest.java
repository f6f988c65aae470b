package id.ac.ugm.aicare.model.langgraph;

import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphEdgeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphPerformanceMetric;
import id.ac.ugm.aicare.testing.aggregate.ChildLinkContract;
import org.junit.jupiter.api.Test;

/** Each helper of the execution tree keeps both sides in step and moves a child between executions (in memory). */
class ExecutionChildLinksTest {

    @Test
    void nodeExecutions() {
        ChildLinkContract.verify("LangGraphExecution.nodeExecutions", () -> new LangGraphExecution("e", "g"),
                () -> new LangGraphNodeExecution("classify", 1), LangGraphExecution::addNodeExecution,
                LangGraphExecution::removeNodeExecution, LangGraphExecution::getNodeExecutions,
                LangGraphNodeExecution::getExecution);
    }

    @Test
    void edgeExecutions() {
        ChildLinkContract.verify("LangGraphExecution.edgeExecutions", () -> new LangGraphExecution("e", "g"),
                () -> new LangGraphEdgeExecution("a->b", "a", "b"), LangGraphExecution::addEdgeExecution,
                LangGraphExecution::removeEdgeExecution, LangGraphExecution::getEdgeExecutions,
                LangGraphEdgeExecution::getExecution);
    }

    @Test
    void performanceMetrics() {
        ChildLinkContract.verify("LangGraphExecution.performanceMetrics", () -> new LangGraphExecution("e", "g"),
                () -> new LangGraphPerformanceMetric("latency", 1.0), LangGraphExecution::addPerformanceMetric,
                LangGraphExecution::removePerformanceMetric, LangGraphExecution::getPerformanceMetrics,
                LangGraphPerformanceMetric::getExecution);
    }

    @Test
    void alerts() {
        ChildLinkContract.verify("LangGraphExecution.alerts", () -> new LangGraphExecution("e", "g"),
                () -> new LangGraphAlert("performance", "low", "t", "m"), LangGraphExecution::addAlert,
                LangGraphExecution::removeAlert, LangGraphExecution::getAlerts, LangGraphAlert::getExecution);
    }
}
