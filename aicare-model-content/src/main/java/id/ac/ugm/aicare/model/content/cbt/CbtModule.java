package id.ac.ugm.aicare.model.content.cbt;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A guided CBT exercise (for example "challenge an unhelpful thought") that the assistant walks a
 * student through; written by the content team. Its {@link CbtModuleStep steps}, ordered by
 * {@code step_order}, belong to this aggregate.
 */
@Entity
@Table(name = "cbt_modules",
       indexes = @Index(name = "ix_cbt_modules_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class CbtModule extends SerialIdEntity {

    @NotBlank
    @Size(max = 255)
    @Column(name = "title", length = 255, nullable = false)
    @ToString.Include
    private String title;

    @NotNull
    @Column(name = "description", columnDefinition = "text", nullable = false)
    private String description;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepOrder ASC, id ASC")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<CbtModuleStep> steps = new ArrayList<>();

    public CbtModule(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The steps in {@code step_order}; read-only, change them through the helpers. */
    public List<CbtModuleStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /**
     * Appends a step and links both sides. A step without a {@code stepOrder} gets the next one
     * (one more than the highest so far, starting at 1); a step with one is placed by it.
     */
    public CbtModuleStep addStep(CbtModuleStep step) {
        if (!ChildLinks.attach(this, step, CbtModuleStep::getModule, parent -> parent.steps, CbtModuleStep::setModule)) {
            return step; // on this module already
        }
        if (step.getStepOrder() == null) {
            int next = steps.stream().map(CbtModuleStep::getStepOrder).filter(o -> o != null)
                    .mapToInt(Integer::intValue).max().orElse(0) + 1;
            step.setStepOrder(next);
        }
        int at = steps.size();
        while (at > 0 && steps.get(at - 1).getStepOrder() != null
                && steps.get(at - 1).getStepOrder() > step.getStepOrder()) {
            at--;
        }
        steps.add(at, step);
        return step;
    }

    /** Removes a step; as an orphan it is deleted at the next flush. */
    public void removeStep(CbtModuleStep step) {
        ChildLinks.remove(steps, step, CbtModuleStep::setModule);
    }
}
