package id.ac.ugm.aicare.model.gamification.quest;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A quest the platform can issue to students (a small wellbeing task with its rewards); written
 * by the quest catalogue admin. Its {@link QuestInstance instances} belong to this aggregate.
 */
@Entity
@Table(name = "quest_templates",
       uniqueConstraints = @UniqueConstraint(name = "uq_quest_templates_code", columnNames = "code"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class QuestTemplate extends SerialIdEntity {

    @NotBlank
    @Size(max = 64)
    @Column(name = "code", length = 64, nullable = false)
    @ToString.Include
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name", length = 120, nullable = false)
    private String name;

    @NotBlank
    @Size(max = 255)
    @Column(name = "short_description", length = 255, nullable = false)
    private String shortDescription;

    @Column(name = "long_description", columnDefinition = "text")
    private String longDescription;

    @NotNull
    @Convert(converter = QuestCategory.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "category", nullable = false)
    @ToString.Include
    private QuestCategory category = QuestCategory.WELLNESS;

    @NotNull
    @Convert(converter = QuestDifficulty.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "difficulty", nullable = false)
    @ToString.Include
    private QuestDifficulty difficulty = QuestDifficulty.STANDARD;

    @NotNull
    @Column(name = "recommended_duration_minutes", nullable = false)
    private Integer recommendedDurationMinutes = 10;

    @NotNull
    @Column(name = "base_xp", nullable = false)
    private Integer baseXp = 25;

    @NotNull
    @Column(name = "base_joy", nullable = false)
    private Integer baseJoy = 5;

    @NotNull
    @Column(name = "base_harmony", nullable = false)
    private Integer baseHarmony = 5;

    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json", nullable = false)
    private Map<String, Object> extraData = new HashMap<>();

    @NotNull
    @Column(name = "requires_counselor", nullable = false)
    private Boolean requiresCounselor = false;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @ToString.Include
    private Boolean isActive = true;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<QuestInstance> instances = new ArrayList<>();

    public QuestTemplate(String code, String name, String shortDescription) {
        this.code = code;
        this.name = name;
        this.shortDescription = shortDescription;
    }

    /** The quests issued from this template, oldest first; read-only, use the helpers to change. */
    public List<QuestInstance> getInstances() {
        return Collections.unmodifiableList(instances);
    }

    /** Issues a quest from this template: links both sides. */
    public QuestInstance addInstance(QuestInstance instance) {
        return ChildLinks.add(this, instances, instance, QuestInstance::getTemplate,
                parent -> parent.instances, QuestInstance::setTemplate);
    }

    /** Withdraws an issued quest; as an orphan it is deleted at the next flush. */
    public void removeInstance(QuestInstance instance) {
        ChildLinks.remove(instances, instance, QuestInstance::setTemplate);
    }
}
