package id.ac.ugm.aicare.model.campaigns.campaign;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * One proactive outreach campaign (message template plus targeting rules) that an admin manages
 * from the dashboard and the safety-coaching agent sends; its triggers, daily metrics and send
 * history belong to it.
 *
 * <p>{@code created_at} and {@code updated_at} carry the original schema's quoted
 * {@code DEFAULT 'now()'}: PostgreSQL turns that literal into a fixed timestamp when the table is
 * created, so the database default is not "now" at insert time. The entity therefore always
 * supplies both values itself.
 */
@Entity
@Table(name = "campaigns",
       indexes = @Index(name = "ix_campaigns_status", columnList = "status"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Campaign extends UuidIdEntity {

    @NotBlank
    @Size(max = 255)
    @Column(name = "name", nullable = false, length = 255)
    @ToString.Include
    private String name;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trigger_rules")
    private Map<String, Object> triggerRules;

    @Sensitive("message sent to students; may be personalised with their details")
    @NotBlank
    @Column(name = "message_template", nullable = false, columnDefinition = "text")
    private String messageTemplate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_audience")
    private Map<String, Object> targetAudience;

    @NotBlank
    @Size(max = 50)
    @Column(name = "status", nullable = false, length = 50)
    @ToString.Include
    private String status = "draft";

    @NotBlank
    @Size(max = 50)
    @Column(name = "priority", nullable = false, length = 50)
    @ToString.Include
    private String priority = "medium";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User createdBy;

    @CreationTimestamp
    @ColumnDefault("'now()'")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @UpdateTimestamp
    @ColumnDefault("'now()'")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant updatedAt;

    @Column(name = "last_executed_at")
    private Instant lastExecutedAt;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("conditionType")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<CampaignTrigger> triggers = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("executionDate")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<CampaignMetrics> metrics = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("executedAt")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<ScaCampaignExecution> executions = new ArrayList<>();

    /** A draft campaign with its name and message template. */
    public Campaign(String name, String messageTemplate) {
        this.name = name;
        this.messageTemplate = messageTemplate;
    }

    /** The trigger conditions; change them through {@link #addTrigger} and {@link #removeTrigger}. */
    public List<CampaignTrigger> getTriggers() {
        return Collections.unmodifiableList(triggers);
    }

    public void addTrigger(CampaignTrigger trigger) {
        ChildLinks.add(this, triggers, trigger, CampaignTrigger::getCampaign,
                parent -> parent.triggers, CampaignTrigger::setCampaign);
    }

    public void removeTrigger(CampaignTrigger trigger) {
        ChildLinks.remove(triggers, trigger, CampaignTrigger::setCampaign);
    }

    /** One row per day the campaign ran, oldest first. */
    public List<CampaignMetrics> getMetrics() {
        return Collections.unmodifiableList(metrics);
    }

    public void addMetrics(CampaignMetrics dailyMetrics) {
        ChildLinks.add(this, metrics, dailyMetrics, CampaignMetrics::getCampaign,
                parent -> parent.metrics, CampaignMetrics::setCampaign);
    }

    public void removeMetrics(CampaignMetrics dailyMetrics) {
        ChildLinks.remove(metrics, dailyMetrics, CampaignMetrics::setCampaign);
    }

    /** The sends of this campaign, oldest first. */
    public List<ScaCampaignExecution> getExecutions() {
        return Collections.unmodifiableList(executions);
    }

    public void addExecution(ScaCampaignExecution execution) {
        ChildLinks.add(this, executions, execution, ScaCampaignExecution::getCampaign,
                parent -> parent.executions, ScaCampaignExecution::setCampaign);
    }

    public void removeExecution(ScaCampaignExecution execution) {
        ChildLinks.remove(executions, execution, ScaCampaignExecution::setCampaign);
    }
}
