package id.ac.ugm.aicare.model.campaigns.alert;

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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One notification on the admin dashboard (new case, SLA breach, report ready, ...), which an
 * admin marks as seen; raised by the agents and the case service.
 */
@Entity
@Table(name = "alerts",
       indexes = {
           @Index(name = "ix_alerts_alert_type", columnList = "alert_type"),
           @Index(name = "ix_alerts_severity", columnList = "severity"),
           @Index(name = "ix_alerts_entity_id", columnList = "entity_id"),
           @Index(name = "ix_alerts_is_seen", columnList = "is_seen"),
           @Index(name = "ix_alerts_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Alert extends UuidIdEntity {

    @NotBlank
    @Size(max = 50)
    @Column(name = "alert_type", nullable = false, length = 50)
    @ToString.Include
    private String alertType;

    @NotBlank
    @Size(max = 20)
    @Column(name = "severity", nullable = false, length = 20)
    @ToString.Include
    private String severity;

    @Sensitive("may name a student or quote the case")
    @NotBlank
    @Size(max = 200)
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Sensitive("alert payload: may quote student content")
    @NotBlank
    @Column(name = "message", nullable = false, columnDefinition = "text")
    private String message;

    @Size(max = 50)
    @Column(name = "entity_type", length = 50)
    @ToString.Include
    private String entityType;

    @Size(max = 100)
    @Column(name = "entity_id", length = 100)
    private String entityId;

    @Sensitive("alert payload: case severity, user hash and similar")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "context_data")
    private Map<String, Object> contextData;

    @NotNull
    @Column(name = "is_seen", nullable = false)
    @ToString.Include
    private Boolean isSeen = false;

    @Column(name = "seen_at")
    private Instant seenAt;

    /** Id of the admin who marked the alert seen; the original schema keeps no foreign key for it. */
    @Column(name = "seen_by")
    private Integer seenBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** An unseen alert. */
    public Alert(String alertType, String severity, String title, String message) {
        this.alertType = alertType;
        this.severity = severity;
        this.title = title;
        this.message = message;
    }
}
