package id.ac.ugm.aicare.model.clinical.flagging;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
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
import java.time.LocalDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A chat session an admin flagged for clinical review, with the reason and review notes; written by the admin console. */
@Entity
@Table(name = "flagged_sessions",
       indexes = {
           @Index(name = "ix_flagged_sessions_id", columnList = "id"),
           @Index(name = "ix_flagged_sessions_session_id", columnList = "session_id"),
           @Index(name = "ix_flagged_sessions_user_id", columnList = "user_id"),
           @Index(name = "ix_flagged_sessions_status", columnList = "status"),
           @Index(name = "ix_flagged_sessions_flagged_by_admin_id", columnList = "flagged_by_admin_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class FlaggedSession extends SerialIdEntity {

    @NotBlank
    @Column(name = "session_id", nullable = false, columnDefinition = "varchar")
    private String sessionId;

    /** The student whose session it is, if known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Sensitive("free-text reason about a student's session")
    @Column(name = "reason", columnDefinition = "text")
    private String reason;

    @Sensitive("clinical review notes")
    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @Sensitive("risk labels of a student's session")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags", columnDefinition = "json")
    private List<String> tags;

    @NotBlank
    @Column(name = "status", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String status = "open";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "flagged_by_admin_id")
    private User flaggedByAdmin;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public FlaggedSession(String sessionId, User user, User flaggedByAdmin, String reason) {
        this.sessionId = sessionId;
        this.user = user;
        this.flaggedByAdmin = flaggedByAdmin;
        this.reason = reason;
    }
}
