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
 * One traversal of a graph edge, with the routing condition and its result for conditional edges;
 * written by the graph tracker. Part of the {@link LangGraphExecution} tree.
 */
@Entity
@Table(name = "langgraph_edge_executions",
       indexes = {
           @Index(name = "ix_langgraph_edge_executions_id", columnList = "id"),
           @Index(name = "ix_langgraph_edge_executions_edge_id", columnList = "edge_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class LangGraphEdgeExecution extends SerialIdEntity {

    /** Set through {@link LangGraphExecution#addEdgeExecution}; joined on the execution's text id. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "execution_id", referencedColumnName = "execution_id", nullable = false,
                columnDefinition = "varchar")
    @Setter(AccessLevel.PACKAGE)
    private LangGraphExecution execution;

    @NotBlank
    @Column(name = "edge_id", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String edgeId;

    @NotBlank
    @Column(name = "source_node_id", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String sourceNodeId;

    @NotBlank
    @Column(name = "target_node_id", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String targetNodeId;

    @NotBlank
    @Column(name = "edge_type", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String edgeType = "normal";

    /** Local time, as the original backend wrote it ({@code datetime.now}); defaults to now. */
    @NotNull
    @Column(name = "triggered_at", nullable = false)
    private LocalDateTime triggeredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "evaluation_result")
    @ToString.Include
    private Boolean evaluationResult;

    @Column(name = "condition_expression", columnDefinition = "text")
    private String conditionExpression;

    @Sensitive("state the routing condition saw: may hold student content")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "condition_context", columnDefinition = "json")
    private Map<String, Object> conditionContext;

    @Column(name = "evaluation_time_ms")
    private Double evaluationTimeMs;

    @Sensitive("state passed between nodes: may hold student content")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_passed", columnDefinition = "json")
    private Map<String, Object> dataPassed;

    @Column(name = "execution_order")
    @ToString.Include
    private Integer executionOrder;

    /** A traversal from one node to another; add it with {@link LangGraphExecution#addEdgeExecution}. */
    public LangGraphEdgeExecution(String edgeId, String sourceNodeId, String targetNodeId) {
        this.edgeId = edgeId;
        this.sourceNodeId = sourceNodeId;
        this.targetNodeId = targetNodeId;
    }
}
