package id.ac.ugm.aicare.model.langgraph.execution;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
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
import java.time.LocalDateTime;
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
 * One monitoring alert (slow node, failure, threshold breach), usually about one graph execution;
 * raised by the graph monitor and resolved by an operator.
 */
@Entity
@Table(name = "langgraph_alerts",
       indexes = {
           @Index(name = "ix_langgraph_alerts_id", columnList = "id"),
           @Index(name = "ix_langgraph_alerts_alert_type", columnList = "alert_type"),
           @Index(name = "ix_langgraph_alerts_severity", columnList = "severity")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class LangGraphAlert extends SerialIdEntity {

    /** Set through {@link LangGraphExecution#addAlert}; null for an alert about no single execution. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "execution_id", referencedColumnName = "execution_id", columnDefinition = "varchar")
    @Setter(AccessLevel.PACKAGE)
    private LangGraphExecution execution;

    @NotBlank
    @Column(name = "alert_type", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String alertType;

    @NotBlank
    @Column(name = "severity", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String severity;

    @NotBlank
    @Column(name = "title", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String title;

    @Sensitive("alert payload: may quote the failing node's student content")
    @NotBlank
    @Column(name = "message", nullable = false, columnDefinition = "text")
    private String message;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @NotBlank
    @Column(name = "status", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String status = "active";

    @Column(name = "threshold_value")
    private Double thresholdValue;

    @Column(name = "actual_value")
    private Double actualValue;

    @Column(name = "metric_name", columnDefinition = "varchar")
    private String metricName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "affected_nodes", columnDefinition = "json")
    private List<String> affectedNodes;

    @Sensitive("alert payload: may hold the execution's state")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "alert_context", columnDefinition = "json")
    private Map<String, Object> alertContext;

    /** An active alert; link it to an execution with {@link LangGraphExecution#addAlert}. */
    public LangGraphAlert(String alertType, String severity, String title, String message) {
        this.alertType = alertType;
        this.severity = severity;
        this.title = title;
        this.message = message;
    }
}
