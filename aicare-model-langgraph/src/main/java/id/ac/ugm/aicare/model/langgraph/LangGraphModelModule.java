package id.ac.ugm.aicare.model.langgraph;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphEdgeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphPerformanceMetric;
import java.util.List;

/**
 * The LangGraph monitoring tables: graph executions and, referring to them by their text
 * {@code execution_id}, node executions, edge executions, performance metrics and alerts. The one
 * foreign key out of the module points to {@code agent_runs} (module {@code campaigns}).
 */
public final class LangGraphModelModule implements ModelModule {

    @Override
    public String name() {
        return "langgraph";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                LangGraphExecution.class,
                LangGraphNodeExecution.class,
                LangGraphEdgeExecution.class,
                LangGraphPerformanceMetric.class,
                LangGraphAlert.class);
    }

    @Override
    public List<String> dependsOn() {
        return List.of("campaigns");
    }
}
