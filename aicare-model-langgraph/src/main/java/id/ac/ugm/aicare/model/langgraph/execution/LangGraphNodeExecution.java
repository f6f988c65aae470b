package id.ac.ugm.aicare.model.langgraph.execution;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One node (agent, tool, condition) run inside a graph execution, with its timing, resources and
 * data in and out; written by the graph tracker. Part of the {@link LangGraphExecution} tree.
 */
@Entity
@Table(name = "langgraph_node_executions",
       indexes = {
           @Index(name = "ix_langgraph_node_executions_id", columnList = "id"),
           @Index(name = "ix_langgraph_node_executions_node_id", columnList = "node_id"),
           @Index(name = "ix_langgraph_node_executions_agent_id", columnList = "agent_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class LangGraphNodeExecution extends SerialIdEntity {

    /** Set through {@link LangGraphExecution#addNodeExecution}; joined on the execution's text id. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "execution_id", referencedColumnName = "execution_id", nullable = false,
                columnDefinition = "varchar")
    @Setter(AccessLevel.PACKAGE)
    private LangGraphExecution execution;

    @NotBlank
    @Column(name = "node_id", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String nodeId;

    @Column(name = "agent_id", columnDefinition = "varchar")
    @ToString.Include
    private String agentId;

    @Column(name = "node_type", columnDefinition = "varchar")
    @ToString.Include
    private String nodeType;

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

    @Column(name = "execution_time_ms")
    private Double executionTimeMs;

    @Column(name = "memory_usage_mb")
    private Double memoryUsageMb;

    @Column(name = "cpu_usage_percent")
    private Double cpuUsagePercent;

    @Sensitive("node input: may hold what a student wrote")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_data", columnDefinition = "json")
    private Map<String, Object> inputData;

    @Sensitive("node output: may hold replies to and assessments of a student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "output_data", columnDefinition = "json")
    private Map<String, Object> outputData;

    @Sensitive("may quote the student input the node failed on")
    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    @Sensitive("exception messages in it may quote student input")
    @Column(name = "error_stack_trace", columnDefinition = "text")
    private String errorStackTrace;

    @NotNull
    @Column(name = "retry_count", nullable = false)
    private Integer retryCount = 0;

    @Column(name = "execution_order")
    @ToString.Include
    private Integer executionOrder;

    @Column(name = "parent_node_id", columnDefinition = "varchar")
    private String parentNodeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_metrics", columnDefinition = "json")
    private Map<String, Object> customMetrics;

    /** A running node; add it with {@link LangGraphExecution#addNodeExecution}. */
    public LangGraphNodeExecution(String nodeId, Integer executionOrder) {
        this.nodeId = nodeId;
        this.executionOrder = executionOrder;
    }
}
