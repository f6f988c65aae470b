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
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One grant or withdrawal of one kind of consent by a user (table {@code user_consent_ledger});
 * appended by the consent screens. The current state of a consent is its latest entry.
 *
 * <p>A ledger is never rewritten: a withdrawal is a new entry, never an update, so the entity is
 * {@link Immutable} (Hibernate ignores changes to a loaded row). Fill optional fields before
 * persisting.
 */
@Entity
@Immutable
@Table(name = "user_consent_ledger",
        indexes = {
                @Index(name = "ix_user_consent_ledger_id", columnList = "id"),
                @Index(name = "ix_user_consent_ledger_user_id", columnList = "user_id"),
                @Index(name = "ix_user_consent_ledger_consent_type", columnList = "consent_type"),
                @Index(name = "ix_user_consent_ledger_granted", columnList = "granted"),
                @Index(name = "ix_user_consent_ledger_timestamp", columnList = "timestamp")
        })
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserConsentLedgerEntry extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-many relationship)")
    @NotNull
    private User user;

    @NotBlank
    @Size(max = 100)
    @Column(name = "consent_type", nullable = false, length = 100)
    @Comment("Type: 'data_sharing', 'research', 'marketing', 'emergency_contact', 'analytics', 'ai_coaching'")
    @ToString.Include
    private String consentType;

    @NotNull
    @Column(name = "granted", nullable = false)
    @Comment("True=consent granted, False=consent withdrawn")
    @ToString.Include
    private Boolean granted;

    @Column(name = "scope", columnDefinition = "text")
    @Comment("Scope of consent (e.g., 'Share anonymized mood data with research team')")
    @Setter
    private String scope;

    @NotBlank
    @Size(max = 50)
    @Column(name = "consent_version", nullable = false, length = 50)
    @Comment("Version of consent document (e.g., 'v1.0', 'v2.1')")
    @ToString.Include
    private String consentVersion;

    @Size(max = 500)
    @Column(name = "consent_document_url", length = 500)
    @Comment("URL to the consent document user agreed to")
    @Setter
    private String consentDocumentUrl;

    @Size(max = 10)
    @Column(name = "consent_language", length = 10)
    @Comment("Language consent was shown in (e.g., 'id', 'en')")
    @Setter
    private String consentLanguage;

    @Sensitive("IP address")
    @Size(max = 45)
    @Column(name = "ip_address", length = 45)
    @Comment("IP address where consent was given")
    @Setter
    private String ipAddress;

    @Sensitive("user agent")
    @Column(name = "user_agent", columnDefinition = "text")
    @Comment("Browser/app user agent string")
    @Setter
    private String userAgent;

    @Size(max = 50)
    @Column(name = "device_type", length = 50)
    @Comment("Device type: 'mobile', 'tablet', 'desktop'")
    @Setter
    private String deviceType;

    @Size(max = 50)
    @Column(name = "consent_method", length = 50)
    @Comment("Method: 'checkbox', 'digital_signature', 'verbal_recorded', 'opt_in', 'opt_out'")
    @Setter
    private String consentMethod;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "timestamp", nullable = false)
    @Comment("When consent was granted/withdrawn")
    @ToString.Include
    private Instant timestamp;

    @Column(name = "expires_at")
    @Comment("When consent expires (optional, for time-limited consent)")
    @Setter
    private Instant expiresAt;

    public UserConsentLedgerEntry(User user, String consentType, boolean granted, String consentVersion) {
        this.user = Objects.requireNonNull(user, "user");
        this.consentType = consentType;
        this.granted = granted;
        this.consentVersion = consentVersion;
    }
}
