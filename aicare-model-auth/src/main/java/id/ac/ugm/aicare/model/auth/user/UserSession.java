package id.ac.ugm.aicare.model.auth.user;

import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One login of a user on one device, keyed by its session token; written by the auth service at
 * login, touched on each request and deactivated at logout or expiry.
 */
@Entity
@Table(name = "user_sessions",
        indexes = {
                @Index(name = "ix_user_sessions_user_id", columnList = "user_id"),
                @Index(name = "ix_user_sessions_ip_address", columnList = "ip_address"),
                @Index(name = "ix_user_sessions_is_active", columnList = "is_active"),
                @Index(name = "ix_user_sessions_expires_at", columnList = "expires_at")
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true)
public class UserSession extends BaseEntity<String> {

    // The key is the bearer token itself, so it is a secret and stays out of toString().
    @Id
    @Sensitive("bearer token")
    @NotBlank
    @Size(max = 255)
    @Column(name = "id", nullable = false, length = 255)
    @Comment("Session token (used in Authorization header)")
    @Setter(AccessLevel.NONE)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-many relationship)")
    @NotNull
    @Setter(AccessLevel.NONE)
    private User user;

    @Size(max = 50)
    @Column(name = "device_type", length = 50)
    @Comment("Device type: 'mobile', 'tablet', 'desktop', 'unknown'")
    @ToString.Include
    private String deviceType;

    @Sensitive("device fingerprint, may carry the owner's name")
    @Size(max = 200)
    @Column(name = "device_name", length = 200)
    @Comment("Device name/browser (e.g., 'Chrome 120.0', 'Safari iOS', 'Android App')")
    private String deviceName;

    @Sensitive("IP address")
    @Size(max = 45)
    @Column(name = "ip_address", length = 45)
    @Comment("IP address of session")
    private String ipAddress;

    @Sensitive("user agent")
    @Size(max = 500)
    @Column(name = "user_agent", length = 500)
    @Comment("Browser/app user agent string")
    private String userAgent;

    @Sensitive("location")
    @Size(max = 100)
    @Column(name = "location_city", length = 100)
    @Comment("Geographic location (city) - from IP geolocation")
    private String locationCity;

    @Sensitive("location")
    @Size(max = 100)
    @Column(name = "location_country", length = 100)
    @Comment("Geographic location (country)")
    private String locationCountry;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @Comment("Whether session is currently active")
    @ToString.Include
    private Boolean isActive = true;

    @UpdateTimestamp
    @ColumnDefault("now()")
    @Column(name = "last_activity_at", nullable = false)
    @Comment("Last activity timestamp (updated on each request)")
    private Instant lastActivityAt;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false)
    @Comment("When session was created (login time)")
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    @Comment("When session expires (for automatic cleanup)")
    @ToString.Include
    private Instant expiresAt;

    public UserSession(String id, User user, Instant expiresAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.user = Objects.requireNonNull(user, "user");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
