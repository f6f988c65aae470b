package id.ac.ugm.aicare.model.langgraph.execution;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.campaigns.agent.AgentRun;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of a LangGraph agent graph, with its totals; the root of an execution tree whose node
 * executions, edge executions, performance metrics and alerts refer to it by its string
 * {@code execution_id} (not by the integer key). Written by the graph tracker as the run proceeds.
 */
@Entity
@Table(name = "langgraph_executions",
       indexes = {
           @Index(name = "ix_langgraph_executions_id", columnList = "id"),
           @Index(name = "ix_langgraph_executions_execution_id", columnList = "execution_id", unique = true),
           @Index(name = "ix_langgraph_executions_graph_name", columnList = "graph_name")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class LangGraphExecution extends SerialIdEntity {

    /** The tracker's id of the run (a UUID as text); children join on it, so it never changes. */
    @NotBlank
    @Column(name = "execution_id", nullable = false, updatable = false, columnDefinition = "varchar")
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private String executionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_run_id")
    private AgentRun agentRun;

    @Column(name = "graph_name", columnDefinition = "varchar")
    @ToString.Include
    private String graphName;

    /** Local time, as the original backend wrote it ({@code datetime.now}); defaults to now. */
    @NotNull
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @NotBlank
    @Column(name = "status", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String status = "running";

    @Column(name = "total_execution_time_ms")
    private Double totalExecutionTimeMs;

    @NotNull
    @Column(name = "total_nodes_executed", nullable = false)
    private Integer totalNodesExecuted = 0;

    @NotNull
    @Column(name = "failed_nodes", nullable = false)
    private Integer failedNodes = 0;

    @Column(name = "success_rate")
    private Double successRate;

    @Sensitive("graph input: what a student wrote")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_data", columnDefinition = "json")
    private Map<String, Object> inputData;

    @Sensitive("graph output: replies to and assessments of a student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "output_data", columnDefinition = "json")
    private Map<String, Object> outputData;

    @Sensitive("may quote the student input the graph failed on")
    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    @Sensitive("run context: may hold user and session details")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "execution_context", columnDefinition = "json")
    private Map<String, Object> executionContext;

    @OneToMany(mappedBy = "execution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("executionOrder ASC, id ASC")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<LangGraphNodeExecution> nodeExecutions = new ArrayList<>();

    @OneToMany(mappedBy = "execution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("executionOrder ASC, id ASC")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<LangGraphEdgeExecution> edgeExecutions = new ArrayList<>();

    @OneToMany(mappedBy = "execution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt ASC, id ASC")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<LangGraphPerformanceMetric> performanceMetrics = new ArrayList<>();

    /** Alerts may also exist without an execution, so removing one only unlinks it. */
    @OneToMany(mappedBy = "execution", cascade = CascadeType.ALL)
    @OrderBy("createdAt ASC, id ASC")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<LangGraphAlert> alerts = new ArrayList<>();

    /** A running execution of a graph under the tracker's execution id. */
    public LangGraphExecution(String executionId, String graphName) {
        this.executionId = executionId;
        this.graphName = graphName;
    }

    /** Node executions in execution order. */
    public List<LangGraphNodeExecution> getNodeExecutions() {
        return Collections.unmodifiableList(nodeExecutions);
    }

    public void addNodeExecution(LangGraphNodeExecution node) {
        ChildLinks.add(this, nodeExecutions, node, LangGraphNodeExecution::getExecution,
                parent -> parent.nodeExecutions, LangGraphNodeExecution::setExecution);
    }

    public void removeNodeExecution(LangGraphNodeExecution node) {
        ChildLinks.remove(nodeExecutions, node, LangGraphNodeExecution::setExecution);
    }

    /** Edge traversals in execution order. */
    public List<LangGraphEdgeExecution> getEdgeExecutions() {
        return Collections.unmodifiableList(edgeExecutions);
    }

    public void addEdgeExecution(LangGraphEdgeExecution edge) {
        ChildLinks.add(this, edgeExecutions, edge, LangGraphEdgeExecution::getExecution,
                parent -> parent.edgeExecutions, LangGraphEdgeExecution::setExecution);
    }

    public void removeEdgeExecution(LangGraphEdgeExecution edge) {
        ChildLinks.remove(edgeExecutions, edge, LangGraphEdgeExecution::setExecution);
    }

    /** Metrics in the order they were recorded. */
    public List<LangGraphPerformanceMetric> getPerformanceMetrics() {
        return Collections.unmodifiableList(performanceMetrics);
    }

    public void addPerformanceMetric(LangGraphPerformanceMetric metric) {
        ChildLinks.add(this, performanceMetrics, metric, LangGraphPerformanceMetric::getExecution,
                parent -> parent.performanceMetrics, LangGraphPerformanceMetric::setExecution);
    }

    public void removePerformanceMetric(LangGraphPerformanceMetric metric) {
        ChildLinks.remove(performanceMetrics, metric, LangGraphPerformanceMetric::setExecution);
    }

    /** Alerts raised about this execution, oldest first. */
    public List<LangGraphAlert> getAlerts() {
        return Collections.unmodifiableList(alerts);
    }

    public void addAlert(LangGraphAlert alert) {
        ChildLinks.add(this, alerts, alert, LangGraphAlert::getExecution,
                parent -> parent.alerts, LangGraphAlert::setExecution);
    }

    /** Unlinks the alert from this execution; the alert itself stays. */
    public void removeAlert(LangGraphAlert alert) {
        ChildLinks.remove(alerts, alert, LangGraphAlert::setExecution);
    }
}
