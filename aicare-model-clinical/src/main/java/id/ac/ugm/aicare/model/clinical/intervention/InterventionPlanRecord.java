package id.ac.ugm.aicare.model.clinical.intervention;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * A personal support plan (steps the student can take) that the support-coach agent made for a
 * student from a conversation, with the student's progress through its
 * {@link InterventionPlanStepCompletion steps}; written by the intervention plan service.
 */
@Entity
@Table(name = "intervention_plan_records",
       indexes = {
           @Index(name = "ix_intervention_plan_records_id", columnList = "id"),
           @Index(name = "ix_intervention_plan_records_user_id", columnList = "user_id"),
           @Index(name = "ix_intervention_plan_records_session_id", columnList = "session_id"),
           @Index(name = "ix_intervention_plan_records_conversation_id", columnList = "conversation_id"),
           @Index(name = "ix_intervention_plan_records_status", columnList = "status"),
           @Index(name = "ix_intervention_plan_records_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class InterventionPlanRecord extends SerialIdEntity {

    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Size(max = 255)
    @Column(name = "session_id", length = 255)
    private String sessionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Sensitive("title of a personal support plan")
    @NotBlank
    @Size(max = 500)
    @Column(name = "plan_title", nullable = false, length = 500)
    private String planTitle;

    @Sensitive("risk assessment of a student")
    @Column(name = "risk_level")
    private Integer riskLevel;

    @Sensitive("personal support plan")
    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "plan_data", nullable = false, columnDefinition = "json")
    private Map<String, Object> planData;

    @NotNull
    @Column(name = "total_steps", nullable = false)
    private Integer totalSteps;

    @NotNull
    @Column(name = "completed_steps", nullable = false)
    private Integer completedSteps = 0;

    @Sensitive("student's progress through a support plan")
    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "completion_tracking", nullable = false, columnDefinition = "json")
    private Map<String, Object> completionTracking = new LinkedHashMap<>();

    @NotBlank
    @Size(max = 50)
    @Column(name = "status", nullable = false, length = 50)
    @ToString.Include
    private String status = "active";

    @NotNull
    @Column(name = "is_active", nullable = false)
    @ToString.Include
    private Boolean isActive = true;

    @Column(name = "archived_at")
    private LocalDateTime archivedAt;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "last_viewed_at")
    private LocalDateTime lastViewedAt;

    /**
     * The step completions, in step order. The foreign key has no ON DELETE, so the database
     * refuses to delete a plan that still has them; removing the plan through JPA removes them first.
     */
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepIndex, id")
    private List<InterventionPlanStepCompletion> stepCompletions = new ArrayList<>();

    public InterventionPlanRecord(User user, String planTitle, Map<String, Object> planData, Integer totalSteps) {
        this.user = user;
        this.planTitle = planTitle;
        this.planData = planData;
        this.totalSteps = totalSteps;
    }

    /** The step completions in step order; change them through {@link #addStepCompletion} and {@link #removeStepCompletion}. */
    public List<InterventionPlanStepCompletion> getStepCompletions() {
        return Collections.unmodifiableList(stepCompletions);
    }

    /** Adds a step completion to this plan, taking it from any plan it was on before. */
    public InterventionPlanStepCompletion addStepCompletion(InterventionPlanStepCompletion completion) {
        return ChildLinks.add(this, stepCompletions, completion, InterventionPlanStepCompletion::getPlan, parent -> parent.stepCompletions, InterventionPlanStepCompletion::attachTo);
    }

    /** Removes a step completion from this plan; the row is deleted on flush. */
    public void removeStepCompletion(InterventionPlanStepCompletion completion) {
        ChildLinks.remove(stepCompletions, completion, InterventionPlanStepCompletion::attachTo);
    }
}
