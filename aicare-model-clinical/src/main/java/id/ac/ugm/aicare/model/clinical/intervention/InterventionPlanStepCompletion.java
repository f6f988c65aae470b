package id.ac.ugm.aicare.model.clinical.intervention;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * Whether a student has done one step of their support plan, with their own notes; written by the
 * intervention plan service when the student ticks a step. Part of the {@link InterventionPlanRecord} aggregate.
 */
@Entity
@Table(name = "intervention_plan_step_completions",
       indexes = {
           @Index(name = "ix_intervention_plan_step_completions_id", columnList = "id"),
           @Index(name = "ix_intervention_plan_step_completions_plan_id", columnList = "plan_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class InterventionPlanStepCompletion extends SerialIdEntity {

    /** The plan; set through {@link InterventionPlanRecord#addStepCompletion}. */
    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private InterventionPlanRecord plan;

    @NotNull
    @Column(name = "step_index", nullable = false)
    @ToString.Include
    private Integer stepIndex;

    @Sensitive("step of a personal support plan")
    @NotBlank
    @Size(max = 500)
    @Column(name = "step_title", nullable = false, length = 500)
    private String stepTitle;

    @NotNull
    @Column(name = "completed", nullable = false)
    @ToString.Include
    private Boolean completed = false;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Sensitive("what the student wrote")
    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public InterventionPlanStepCompletion(Integer stepIndex, String stepTitle) {
        this.stepIndex = stepIndex;
        this.stepTitle = stepTitle;
    }

    /** Keeps the owning side in step with {@link InterventionPlanRecord}'s collection; only the aggregate calls it. */
    void attachTo(InterventionPlanRecord owner) {
        this.plan = owner;
    }
}
