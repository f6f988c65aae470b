package id.ac.ugm.aicare.model.campaigns.campaign;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One day's outreach figures of a campaign (messages sent, users reached and engaged, sentiment
 * before and after); written by the campaign metrics job. Part of {@link Campaign}.
 */
@Entity
@Table(name = "campaign_metrics",
       indexes = {
           @Index(name = "ix_campaign_metrics_campaign_id", columnList = "campaign_id"),
           @Index(name = "ix_campaign_metrics_execution_date", columnList = "execution_date")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class CampaignMetrics extends UuidIdEntity {

    /** Set through {@link Campaign#addMetrics}. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.PACKAGE)
    private Campaign campaign;

    @NotNull
    @Column(name = "execution_date", nullable = false)
    @ToString.Include
    private LocalDate executionDate;

    @NotNull
    @Column(name = "messages_sent", nullable = false)
    @ToString.Include
    private Integer messagesSent = 0;

    @NotNull
    @Column(name = "users_targeted", nullable = false)
    @ToString.Include
    private Integer usersTargeted = 0;

    @NotNull
    @Column(name = "users_engaged", nullable = false)
    @ToString.Include
    private Integer usersEngaged = 0;

    @Column(name = "success_rate")
    private Double successRate;

    @Column(name = "avg_sentiment_before")
    private Double avgSentimentBefore;

    @Column(name = "avg_sentiment_after")
    private Double avgSentimentAfter;

    /** The figures of one day; add them with {@link Campaign#addMetrics}. */
    public CampaignMetrics(LocalDate executionDate) {
        this.executionDate = executionDate;
    }
}
