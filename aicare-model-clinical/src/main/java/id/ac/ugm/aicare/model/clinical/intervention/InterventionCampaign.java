package id.ac.ugm.aicare.model.clinical.intervention;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One proactive outreach campaign (content plus targeting) that the safety-coaching agent or an
 * admin creates; campaign executions elsewhere record its deliveries.
 */
@Entity
@Table(name = "intervention_campaigns",
       indexes = {
           @Index(name = "ix_intervention_campaigns_id", columnList = "id"),
           @Index(name = "ix_intervention_campaigns_status", columnList = "status")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class InterventionCampaign extends SerialIdEntity {

    @NotBlank
    @Size(max = 100)
    @Column(name = "campaign_type", nullable = false, length = 100)
    @ToString.Include
    private String campaignType;

    @NotBlank
    @Size(max = 255)
    @Column(name = "title", nullable = false, length = 255)
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", nullable = false, columnDefinition = "json")
    private Map<String, Object> content = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_criteria", columnDefinition = "json")
    private Map<String, Object> targetCriteria;

    @NotNull
    @Column(name = "target_audience_size", nullable = false)
    private Integer targetAudienceSize = 0;

    @NotBlank
    @Size(max = 50)
    @Column(name = "priority", nullable = false, length = 50)
    @ToString.Include
    private String priority = "medium";

    @NotBlank
    @Size(max = 50)
    @Column(name = "status", nullable = false, length = 50)
    @ToString.Include
    private String status = "created";

    /**
     * When the campaign starts. The original defaults it to "now" only when the caller gives none,
     * so this is an initial value the caller may replace, not a creation timestamp.
     */
    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDateTime startDate = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @NotNull
    @Column(name = "executions_delivered", nullable = false)
    private Integer executionsDelivered = 0;

    @NotNull
    @Column(name = "executions_failed", nullable = false)
    private Integer executionsFailed = 0;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public InterventionCampaign(String campaignType, String title, Map<String, Object> content) {
        this.campaignType = campaignType;
        this.title = title;
        this.content = content;
    }
}
