package id.ac.ugm.aicare.model.campaigns.insights;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One aggregate report of the insights agent over a period (trending topics, sentiment, counts of
 * high-risk conversations and assessments), without any single student's content.
 */
@Entity
@Table(name = "insights_reports",
       indexes = {
           @Index(name = "ix_insights_reports_report_type", columnList = "report_type"),
           @Index(name = "ix_insights_reports_generated_at", columnList = "generated_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class InsightsReport extends UuidIdEntity {

    @NotBlank
    @Size(max = 50)
    @Column(name = "report_type", nullable = false, length = 50)
    @ToString.Include
    private String reportType;

    @NotNull
    @Column(name = "period_start", nullable = false)
    @ToString.Include
    private Instant periodStart;

    @NotNull
    @Column(name = "period_end", nullable = false)
    @ToString.Include
    private Instant periodEnd;

    @Sensitive("written from students' conversations; may quote them")
    @Column(name = "summary", columnDefinition = "text")
    private String summary;

    @Sensitive("topics taken from students' conversations; may quote them")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trending_topics")
    private Map<String, Object> trendingTopics;

    @Sensitive("derived from students' conversations")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sentiment_data")
    private Map<String, Object> sentimentData;

    @NotNull
    @Column(name = "high_risk_count", nullable = false)
    private Integer highRiskCount = 0;

    @NotNull
    @Column(name = "assessment_count", nullable = false)
    private Integer assessmentCount = 0;

    /** When the agent produced the report; the schema has no default, so the caller sets it. */
    @NotNull
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "generated_by", nullable = false, length = 100)
    private String generatedBy = "ia_agent";

    /** A report of the given type over {@code [periodStart, periodEnd]}, generated at {@code generatedAt}. */
    public InsightsReport(String reportType, Instant periodStart, Instant periodEnd, Instant generatedAt) {
        this.reportType = reportType;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.generatedAt = generatedAt;
    }
}
