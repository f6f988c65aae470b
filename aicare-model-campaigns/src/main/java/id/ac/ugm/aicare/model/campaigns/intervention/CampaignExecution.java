package id.ac.ugm.aicare.model.campaigns.intervention;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.intervention.InterventionCampaign;
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
import jakarta.validation.constraints.Size;
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
 * One delivery of an intervention campaign to one student: when it is scheduled, how it went out
 * and how the student engaged; written by the intervention scheduler and the delivery workers.
 */
@Entity
@Table(name = "campaign_executions",
       indexes = {
           @Index(name = "ix_campaign_executions_id", columnList = "id"),
           @Index(name = "ix_campaign_executions_campaign_id", columnList = "campaign_id"),
           @Index(name = "ix_campaign_executions_user_id", columnList = "user_id"),
           @Index(name = "ix_campaign_executions_status", columnList = "status")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class CampaignExecution extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private InterventionCampaign campaign;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotBlank
    @Size(max = 50)
    @Column(name = "status", nullable = false, length = 50)
    @ToString.Include
    private String status = "scheduled";

    /** Local time, as the original backend wrote it ({@code datetime.now}); defaults to now. */
    @NotNull
    @Column(name = "scheduled_at", nullable = false)
    @ToString.Include
    private LocalDateTime scheduledAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "executed_at")
    private LocalDateTime executedAt;

    @Size(max = 100)
    @Column(name = "delivery_method", length = 100)
    private String deliveryMethod;

    @Sensitive("may quote the student content the delivery failed on")
    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    @Sensitive("how one student responded")
    @Column(name = "engagement_score")
    private Double engagementScore;

    @Sensitive("the student's signals that triggered the delivery")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trigger_data", columnDefinition = "json")
    private Map<String, Object> triggerData;

    @Sensitive("free-text notes about one student's delivery")
    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @NotNull
    @Column(name = "is_manual", nullable = false)
    private Boolean isManual = false;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /** A delivery of the campaign to the user, scheduled for now. */
    public CampaignExecution(InterventionCampaign campaign, User user) {
        this.campaign = campaign;
        this.user = user;
    }
}
