package id.ac.ugm.aicare.model.gamification.analytics;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
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
 * One analytics event about a student's quests (issued, opened, completed, ...); written by the
 * quest engine for the wellbeing dashboards.
 */
@Entity
@Table(name = "quest_analytics_events",
       indexes = {
           @Index(name = "ix_quest_analytics_events_user_id", columnList = "user_id"),
           @Index(name = "ix_quest_analytics_events_quest_instance_id", columnList = "quest_instance_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class QuestAnalyticsEvent extends SerialIdEntity {

    @NotBlank
    @Size(max = 64)
    @Column(name = "event_type", length = 64, nullable = false)
    @ToString.Include
    private String eventType;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quest_instance_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private QuestInstance questInstance;

    @NotNull
    @Sensitive("what the student did, in detail")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload", columnDefinition = "json", nullable = false)
    private Map<String, Object> payload = new HashMap<>();

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    /** An event of {@code eventType} for {@code user}, about {@code questInstance} (may be null). */
    public QuestAnalyticsEvent(String eventType, User user, QuestInstance questInstance) {
        this.eventType = eventType;
        this.user = user;
        this.questInstance = questInstance;
    }
}
