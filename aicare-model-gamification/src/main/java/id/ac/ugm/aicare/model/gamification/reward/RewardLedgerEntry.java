package id.ac.ugm.aicare.model.gamification.reward;

import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.ToString;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One credit of XP, joy, harmony and care to a student, at most one per completed quest; written
 * by the reward service when a quest completes.
 *
 * <p>Append-only: an entry is never changed after insert. The class has no setters, every value
 * comes through the constructor, and the entity is {@link Immutable} (Hibernate never updates
 * it). A correction is a new entry.
 */
@Entity
@Immutable
@Table(name = "reward_ledger_entries",
       indexes = {
           @Index(name = "ix_reward_ledger_entries_user_id", columnList = "user_id"),
           @Index(name = "ix_reward_ledger_entries_quest_instance_id", columnList = "quest_instance_id")
       },
       uniqueConstraints = @UniqueConstraint(name = "uq_reward_ledger_quest_instance",
                                             columnNames = "quest_instance_id"))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class RewardLedgerEntry extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quest_instance_id", updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private QuestInstance questInstance;

    @NotNull
    @Column(name = "xp_awarded", nullable = false, updatable = false)
    @ToString.Include
    private Integer xpAwarded = 0;

    @NotNull
    @Column(name = "joy_awarded", nullable = false, updatable = false)
    @ToString.Include
    private Integer joyAwarded = 0;

    @NotNull
    @Column(name = "harmony_delta", nullable = false, updatable = false)
    @ToString.Include
    private Double harmonyDelta = 0.0;

    @NotNull
    @Column(name = "care_pending", nullable = false, updatable = false)
    @ToString.Include
    private Double carePending = 0.0;

    @Sensitive("context of a student's reward")
    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json", nullable = false, updatable = false)
    @Getter(AccessLevel.NONE)
    private Map<String, Object> extraData = new HashMap<>();

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /**
     * A credit to {@code user}, for {@code questInstance} when it comes from a quest (else null).
     * Null amounts count as zero; {@code extraData} is copied.
     */
    public RewardLedgerEntry(User user, QuestInstance questInstance, Integer xpAwarded, Integer joyAwarded,
                             Double harmonyDelta, Double carePending, Map<String, Object> extraData) {
        this.user = user;
        this.questInstance = questInstance;
        this.xpAwarded = xpAwarded == null ? 0 : xpAwarded;
        this.joyAwarded = joyAwarded == null ? 0 : joyAwarded;
        this.harmonyDelta = harmonyDelta == null ? 0.0 : harmonyDelta;
        this.carePending = carePending == null ? 0.0 : carePending;
        this.extraData = extraData == null ? new HashMap<>() : new HashMap<>(extraData);
    }

    /** Details of the credit, read-only. */
    public Map<String, Object> getExtraData() {
        return Collections.unmodifiableMap(extraData);
    }
}
