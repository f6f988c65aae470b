package id.ac.ugm.aicare.model.campaigns.campaign;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
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
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * A condition (for example an insight threshold) that starts its campaign automatically; the
 * campaign scheduler evaluates it and records each evaluation and match. Part of {@link Campaign}.
 */
@Entity
@Table(name = "campaign_triggers",
       indexes = @Index(name = "ix_campaign_triggers_campaign_id", columnList = "campaign_id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class CampaignTrigger extends UuidIdEntity {

    /** Set through {@link Campaign#addTrigger}. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.PACKAGE)
    private Campaign campaign;

    @NotBlank
    @Size(max = 100)
    @Column(name = "condition_type", nullable = false, length = 100)
    @ToString.Include
    private String conditionType;

    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "condition_value", nullable = false)
    private Map<String, Object> conditionValue;

    @NotBlank
    @Size(max = 50)
    @Column(name = "evaluation_frequency", nullable = false, length = 50)
    @ToString.Include
    private String evaluationFrequency = "daily";

    @Column(name = "last_evaluated_at")
    private Instant lastEvaluatedAt;

    @Column(name = "last_match_at")
    private Instant lastMatchAt;

    @NotNull
    @Column(name = "match_count", nullable = false)
    private Integer matchCount = 0;

    /** A trigger of the given type; add it with {@link Campaign#addTrigger}. */
    public CampaignTrigger(String conditionType, Map<String, Object> conditionValue) {
        this.conditionType = conditionType;
        this.conditionValue = conditionValue;
    }
}
