package id.ac.ugm.aicare.model.gamification.quest;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One quest issued to one student from a {@link QuestTemplate}, with its deadline and outcome;
 * written by the quest engine. Created through {@link QuestTemplate#addInstance(QuestInstance)}.
 */
@Entity
@Table(name = "quest_instances",
       indexes = {
           @Index(name = "ix_quest_instances_user_status", columnList = "user_id, status"),
           @Index(name = "ix_quest_instances_expires_at", columnList = "expires_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class QuestInstance extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.PACKAGE)
    private QuestTemplate template;

    @NotNull
    @Convert(converter = QuestStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @ToString.Include
    private QuestStatus status = QuestStatus.ACTIVE;

    @UtcCreationTimestamp
    @Column(name = "issued_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime issuedAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    @ToString.Include
    private LocalDateTime expiresAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Sensitive("what the student submitted to complete the quest")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "completion_payload", columnDefinition = "json")
    private Map<String, Object> completionPayload = new HashMap<>();

    @NotNull
    @Column(name = "streak_snapshot", nullable = false)
    private Integer streakSnapshot = 0;

    @NotNull
    @Sensitive("says the quest was eased because the student is going through a hard time")
    @Column(name = "compassion_mode", nullable = false)
    private Boolean compassionMode = false;

    /** A quest for {@code user} that runs until {@code expiresAt}; attach it with the template's helper. */
    public QuestInstance(User user, LocalDateTime expiresAt) {
        this.user = user;
        this.expiresAt = expiresAt;
    }
}
