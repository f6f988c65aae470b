package id.ac.ugm.aicare.model.auth.user;

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
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One recorded change to a user's data (table {@code user_audit_log}): who changed which record of
 * which table, and how; appended by the services and agents that change user data.
 *
 * <p>Rows are never updated ({@link Immutable}: Hibernate ignores changes to a loaded row), so fill
 * the optional fields before persisting.
 */
@Entity
@Immutable
@Table(name = "user_audit_log",
        indexes = {
                @Index(name = "ix_user_audit_log_id", columnList = "id"),
                @Index(name = "ix_user_audit_log_user_id", columnList = "user_id"),
                @Index(name = "ix_user_audit_log_action", columnList = "action"),
                @Index(name = "ix_user_audit_log_table_name", columnList = "table_name"),
                @Index(name = "ix_user_audit_log_changed_by_user_id", columnList = "changed_by_user_id"),
                @Index(name = "ix_user_audit_log_request_id", columnList = "request_id"),
                @Index(name = "ix_user_audit_log_session_id", columnList = "session_id"),
                @Index(name = "ix_user_audit_log_timestamp", columnList = "timestamp")
        })
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserAuditLogEntry extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-many relationship)")
    @NotNull
    private User user;

    @NotBlank
    @Size(max = 50)
    @Column(name = "action", nullable = false, length = 50)
    @Comment("Action: 'created', 'updated', 'deleted', 'viewed', 'exported', 'migrated'")
    @ToString.Include
    private String action;

    @NotBlank
    @Size(max = 100)
    @Column(name = "table_name", nullable = false, length = 100)
    @Comment("Table that was changed (e.g., 'user_profiles', 'user_clinical_records')")
    @ToString.Include
    private String tableName;

    @Column(name = "record_id")
    @Comment("ID of the specific record that was changed")
    @Setter
    @ToString.Include
    private Integer recordId;

    // Old and new values of the changed fields: as sensitive as the fields themselves.
    @Sensitive("old and new values of personal fields")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changed_fields")
    @Comment("Changed fields with old/new values: {'field': {'old': 'value1', 'new': 'value2'}}")
    @Setter
    private Map<String, Object> changedFields;

    @Sensitive("free-text reason, may describe clinical events")
    @Column(name = "change_reason", columnDefinition = "text")
    @Comment("Why the change was made (e.g., 'Risk escalation detected by STA', 'User profile update')")
    @Setter
    private String changeReason;

    // No ON DELETE: an actor who changed someone else's data cannot be deleted while the trail exists.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_user_id")
    @Comment("User who made the change (NULL for system/agent changes)")
    @Setter
    private User changedBy;

    @Size(max = 50)
    @Column(name = "changed_by_role", length = 50)
    @Comment("Role of actor: 'user', 'counselor', 'admin', 'system', 'agent'")
    @Setter
    @ToString.Include
    private String changedByRole;

    @Sensitive("name")
    @Size(max = 200)
    @Column(name = "changed_by_name", length = 200)
    @Comment("Name of actor (for human readability)")
    @Setter
    private String changedByName;

    @Sensitive("IP address")
    @Size(max = 45)
    @Column(name = "ip_address", length = 45)
    @Comment("IP address of request")
    @Setter
    private String ipAddress;

    @Sensitive("user agent")
    @Column(name = "user_agent", columnDefinition = "text")
    @Comment("Browser/app user agent string")
    @Setter
    private String userAgent;

    @Size(max = 100)
    @Column(name = "request_id", length = 100)
    @Comment("Distributed tracing request ID (for tracking across microservices)")
    @Setter
    @ToString.Include
    private String requestId;

    @Sensitive("may be the session's bearer token")
    @Size(max = 100)
    @Column(name = "session_id", length = 100)
    @Comment("Session ID (for tracking user session)")
    @Setter
    private String sessionId;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "timestamp", nullable = false)
    @Comment("When the change occurred")
    @ToString.Include
    private Instant timestamp;

    public UserAuditLogEntry(User user, String action, String tableName) {
        this.user = Objects.requireNonNull(user, "user");
        this.action = action;
        this.tableName = tableName;
    }
}
