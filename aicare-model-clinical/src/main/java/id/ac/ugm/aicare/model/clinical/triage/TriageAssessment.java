package id.ac.ugm.aicare.model.clinical.triage;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
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
 * The triage agent's risk assessment of one conversation turn (scores, severity, risk factors,
 * recommended action); written by the safety triage agent.
 */
@Entity
@Table(name = "triage_assessments",
       indexes = {
           @Index(name = "ix_triage_assessments_id", columnList = "id"),
           @Index(name = "ix_triage_assessments_conversation_id", columnList = "conversation_id"),
           @Index(name = "ix_triage_assessments_user_id", columnList = "user_id"),
           @Index(name = "ix_triage_assessments_severity_level", columnList = "severity_level"),
           @Index(name = "ix_triage_assessments_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class TriageAssessment extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Sensitive("risk assessment of a student")
    @NotNull
    @Column(name = "risk_score", nullable = false)
    private Double riskScore;

    @NotNull
    @Column(name = "confidence_score", nullable = false)
    private Double confidenceScore;

    @Sensitive("risk assessment of a student")
    @NotBlank
    @Size(max = 50)
    @Column(name = "severity_level", nullable = false, length = 50)
    private String severityLevel;

    @Sensitive("risk factors of a student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "risk_factors", columnDefinition = "json")
    private List<String> riskFactors;

    @Sensitive("clinical recommendation")
    @Size(max = 100)
    @Column(name = "recommended_action", length = 100)
    private String recommendedAction;

    @Sensitive("triage answers and reasoning")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment_data", columnDefinition = "json")
    private Map<String, Object> assessmentData;

    @Column(name = "processing_time_ms")
    private Integer processingTimeMs;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public TriageAssessment(User user, Conversation conversation, Double riskScore, Double confidenceScore,
            String severityLevel) {
        this.user = user;
        this.conversation = conversation;
        this.riskScore = riskScore;
        this.confidenceScore = confidenceScore;
        this.severityLevel = severityLevel;
    }
}
