package id.ac.ugm.aicare.model.campaigns.system;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One health check of a safety agent (status, last runs, error count); written by the agent monitor. */
@Entity
@Table(name = "agent_health_logs",
       indexes = {
           @Index(name = "ix_agent_health_logs_agent_name", columnList = "agent_name"),
           @Index(name = "ix_agent_health_logs_status", columnList = "status"),
           @Index(name = "ix_agent_health_logs_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class AgentHealthLog extends UuidIdEntity {

    @NotBlank
    @Size(max = 50)
    @Column(name = "agent_name", nullable = false, length = 50)
    @ToString.Include
    private String agentName;

    @NotBlank
    @Size(max = 50)
    @Column(name = "status", nullable = false, length = 50)
    @ToString.Include
    private String status;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @NotNull
    @Column(name = "error_count", nullable = false)
    @ToString.Include
    private Integer errorCount = 0;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "performance_metrics")
    private Map<String, Object> performanceMetrics;

    @Sensitive("may quote the student content the agent failed on")
    @Column(name = "error_details", columnDefinition = "text")
    private String errorDetails;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    /** A health record of an agent in the given status ({@code healthy}, {@code degraded}, ...). */
    public AgentHealthLog(String agentName, String status) {
        this.agentName = agentName;
        this.status = status;
    }
}
