package id.ac.ugm.aicare.model.langgraph.execution;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
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
 * One measured value (latency, tokens, quality score, ...) of a graph execution or one of its
 * nodes; written by the graph tracker. Part of the {@link LangGraphExecution} tree.
 */
@Entity
@Table(name = "langgraph_performance_metrics",
       indexes = {
           @Index(name = "ix_langgraph_performance_metrics_id", columnList = "id"),
           @Index(name = "ix_langgraph_performance_metrics_metric_name", columnList = "metric_name"),
           @Index(name = "ix_langgraph_performance_metrics_metric_category", columnList = "metric_category")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class LangGraphPerformanceMetric extends SerialIdEntity {

    /** Set through {@link LangGraphExecution#addPerformanceMetric}; joined on the execution's text id. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "execution_id", referencedColumnName = "execution_id", nullable = false,
                columnDefinition = "varchar")
    @Setter(AccessLevel.PACKAGE)
    private LangGraphExecution execution;

    @NotBlank
    @Column(name = "metric_name", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String metricName;

    @Column(name = "metric_category", columnDefinition = "varchar")
    @ToString.Include
    private String metricCategory;

    @NotNull
    @Column(name = "metric_value", nullable = false)
    @ToString.Include
    private Double metricValue;

    @Column(name = "metric_unit", columnDefinition = "varchar")
    @ToString.Include
    private String metricUnit;

    /** Local time, as the original backend wrote it ({@code datetime.now}); defaults to now. */
    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "node_id", columnDefinition = "varchar")
    private String nodeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags", columnDefinition = "json")
    private Map<String, Object> tags;

    /** A measurement; add it with {@link LangGraphExecution#addPerformanceMetric}. */
    public LangGraphPerformanceMetric(String metricName, double metricValue) {
        this.metricName = metricName;
        this.metricValue = metricValue;
    }
}
