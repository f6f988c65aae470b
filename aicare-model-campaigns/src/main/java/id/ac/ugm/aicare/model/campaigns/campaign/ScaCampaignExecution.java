package id.ac.ugm.aicare.model.campaigns.campaign;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One send of a campaign by the safety-coaching agent, with a snapshot of the campaign's name and
 * message as sent and whom it reached; written when the send finishes. Part of {@link Campaign}.
 *
 * <p>{@code executed_at} carries the original schema's quoted {@code DEFAULT 'now()'}, a timestamp
 * fixed when the table was created; the entity sets the value itself (now, unless told otherwise).
 */
@Entity
@Table(name = "sca_campaign_executions",
       indexes = {
           @Index(name = "ix_sca_campaign_executions_campaign_id", columnList = "campaign_id"),
           @Index(name = "ix_sca_campaign_executions_executed_at", columnList = "executed_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class ScaCampaignExecution extends UuidIdEntity {

    /** Set through {@link Campaign#addExecution}. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.PACKAGE)
    private Campaign campaign;

    @NotNull
    @ColumnDefault("'now()'")
    @Column(name = "executed_at", nullable = false)
    @ToString.Include
    private Instant executedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "executed_by")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User executedBy;

    @NotBlank
    @Size(max = 255)
    @Column(name = "campaign_name", nullable = false, length = 255)
    private String campaignName;

    @Sensitive("message as sent to students")
    @NotBlank
    @Column(name = "message_content", nullable = false, columnDefinition = "text")
    private String messageContent;

    @NotNull
    @Column(name = "total_targeted", nullable = false)
    @ToString.Include
    private Integer totalTargeted = 0;

    @NotNull
    @Column(name = "messages_sent", nullable = false)
    @ToString.Include
    private Integer messagesSent = 0;

    @NotNull
    @Column(name = "messages_failed", nullable = false)
    @ToString.Include
    private Integer messagesFailed = 0;

    @NotNull
    @Column(name = "execution_time_seconds", nullable = false)
    private Double executionTimeSeconds = 0.0;

    @NotNull
    @Column(name = "dry_run", nullable = false)
    @ToString.Include
    private Boolean dryRun = false;

    @Sensitive("which students were targeted")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "targeted_user_ids")
    private List<Integer> targetedUserIds;

    @Sensitive("may quote the message or student data the run failed on")
    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    /** A send of the campaign's current name and message; add it with {@link Campaign#addExecution}. */
    public ScaCampaignExecution(String campaignName, String messageContent) {
        this.campaignName = campaignName;
        this.messageContent = messageContent;
    }
}
