package id.ac.ugm.aicare.model.gamification.wellness;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One student's running wellness game state (streaks, compassion mode, harmony and joy), keyed by
 * the student; written by the quest engine whenever a quest completes or lapses.
 */
@Entity
@Table(name = "player_wellness_state")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true)
public class PlayerWellnessState extends BaseEntity<Integer> {

    /** The student's user id; the same column is the foreign key to {@code users}. */
    @Id
    @Column(name = "user_id", nullable = false)
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private Integer userId;

    @NotNull
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.NONE)
    private User user;

    @NotNull
    @Column(name = "current_streak", nullable = false)
    private Integer currentStreak = 0;

    @NotNull
    @Column(name = "longest_streak", nullable = false)
    private Integer longestStreak = 0;

    @NotNull
    @Sensitive("says the student is going through a hard time")
    @Column(name = "compassion_mode_active", nullable = false)
    private Boolean compassionModeActive = false;

    @Sensitive("when the student started going through a hard time")
    @Column(name = "compassion_activated_at")
    private LocalDateTime compassionActivatedAt;

    @Column(name = "last_completed_at")
    private LocalDateTime lastCompletedAt;

    @NotNull
    @Column(name = "harmony_score", nullable = false)
    private Double harmonyScore = 0.0;

    @NotNull
    @Column(name = "joy_balance", nullable = false)
    private Double joyBalance = 0.0;

    @NotNull
    @Sensitive("free-form wellness details about the student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json", nullable = false)
    private Map<String, Object> extraData = new HashMap<>();

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /** The state of {@code user}; its key is the user's id. */
    public PlayerWellnessState(User user) {
        this.user = user;
    }

    @Override
    public Integer getId() {
        return userId;
    }
}
