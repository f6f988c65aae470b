package id.ac.ugm.aicare.model.gamification.audit;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * One compliance-relevant action in the gamification services (who did what to which record);
 * written by those services as the action happens.
 *
 * <p>Append-only: an entry is never changed after insert. The class has no setters, every value
 * comes through the constructor, and the entity is {@link Immutable} (Hibernate never updates
 * it). Only the database clears {@code actor_id} when the actor's user is deleted
 * ({@code ON DELETE SET NULL}); the role and the rest of the entry stay.
 */
@Entity
@Immutable
@Table(name = "compliance_audit_log")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class ComplianceAuditLog extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User actor;

    @Size(max = 64)
    @Column(name = "actor_role", length = 64, updatable = false)
    @ToString.Include
    private String actorRole;

    @NotBlank
    @Size(max = 120)
    @Column(name = "action", length = 120, nullable = false, updatable = false)
    @ToString.Include
    private String action;

    @Size(max = 120)
    @Column(name = "entity_type", length = 120, updatable = false)
    @ToString.Include
    private String entityType;

    @Size(max = 120)
    @Column(name = "entity_id", length = 120, updatable = false)
    @ToString.Include
    private String entityId;

    @NotNull
    @Sensitive("details of the action may describe a student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json", nullable = false, updatable = false)
    @Getter(AccessLevel.NONE)
    private Map<String, Object> extraData = new HashMap<>();

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /**
     * An entry for {@code action} by {@code actor} (null for the system) acting as {@code actorRole}
     * on the record {@code entityType}/{@code entityId}; {@code extraData} is copied.
     */
    public ComplianceAuditLog(User actor, String actorRole, String action, String entityType, String entityId,
                              Map<String, Object> extraData) {
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.extraData = extraData == null ? new HashMap<>() : new HashMap<>(extraData);
    }

    /** Details of the action, read-only. */
    public Map<String, Object> getExtraData() {
        return Collections.unmodifiableMap(extraData);
    }
}
