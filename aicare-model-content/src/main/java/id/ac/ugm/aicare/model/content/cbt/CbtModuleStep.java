package id.ac.ugm.aicare.model.content.cbt;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
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
 * One step of a {@link CbtModule}: what the assistant says, what input it asks for, the tool it
 * runs and how it branches ({@code parent_id}); written by the content team. Created through
 * {@link CbtModule#addStep(CbtModuleStep)}.
 */
@Entity
@Table(name = "cbt_module_steps",
       indexes = @Index(name = "ix_cbt_module_steps_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class CbtModuleStep extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private CbtModule module;

    @NotNull
    @Column(name = "step_order", nullable = false)
    @ToString.Include
    private Integer stepOrder;

    @NotBlank
    @Size(max = 50)
    @Column(name = "step_type", length = 50, nullable = false)
    @ToString.Include
    private String stepType;

    @NotNull
    @Column(name = "content", columnDefinition = "text", nullable = false)
    private String content;

    @Size(max = 50)
    @Column(name = "user_input_type", length = 50)
    private String userInputType;

    @Size(max = 100)
    @Column(name = "user_input_variable", length = 100)
    private String userInputVariable;

    @Column(name = "feedback_prompt", columnDefinition = "text")
    private String feedbackPrompt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "options", columnDefinition = "json")
    private List<Object> options;

    @Size(max = 100)
    @Column(name = "tool_to_run", length = 100)
    private String toolToRun;

    @NotNull
    @Column(name = "is_skippable", nullable = false)
    private Boolean isSkippable = false;

    @NotNull
    @Column(name = "delay_after_ms", nullable = false)
    private Integer delayAfterMs = 0;

    /** The step this one branches from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CbtModuleStep parent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json")
    private Map<String, Object> extraData;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /** A step of type {@code stepType} saying {@code content}; {@code stepOrder} null means "next". */
    public CbtModuleStep(Integer stepOrder, String stepType, String content) {
        this.stepOrder = stepOrder;
        this.stepType = stepType;
        this.content = content;
    }
}
