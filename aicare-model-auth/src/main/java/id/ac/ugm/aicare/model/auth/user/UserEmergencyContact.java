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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
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
 * A person the platform may contact when a user is in crisis, with that person's consent; written
 * by the user (profile screens) and by counselors. Part of the {@link User} aggregate: add and
 * remove through {@link User#addEmergencyContact} / {@link User#removeEmergencyContact}.
 */
@Entity
@Table(name = "user_emergency_contacts",
        indexes = {
                @Index(name = "ix_user_emergency_contacts_id", columnList = "id"),
                @Index(name = "ix_user_emergency_contacts_user_id", columnList = "user_id"),
                @Index(name = "ix_user_emergency_contacts_priority", columnList = "priority"),
                @Index(name = "ix_user_emergency_contacts_is_active", columnList = "is_active")
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserEmergencyContact extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-many relationship)")
    @NotNull
    @Setter(AccessLevel.NONE)
    private User user;

    @Sensitive("third party's name")
    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false, length = 200)
    @Comment("Full name of emergency contact")
    private String fullName;

    @Sensitive("third party's relationship to the student")
    @NotBlank
    @Size(max = 100)
    @Column(name = "relationship_to_user", nullable = false, length = 100)
    @Comment("Relationship to user (e.g., 'Mother', 'Best Friend', 'Academic Advisor')")
    private String relationshipToUser;

    @Sensitive("third party's contact detail")
    @NotBlank
    @Size(max = 20)
    @Column(name = "phone", nullable = false, length = 20)
    @Comment("Primary phone number")
    private String phone;

    @Sensitive("third party's contact detail")
    @Size(max = 20)
    @Column(name = "alternate_phone", length = 20)
    @Comment("Alternate phone number (optional)")
    private String alternatePhone;

    @Sensitive("third party's contact detail")
    @Email
    @Size(max = 255)
    @Column(name = "email", length = 255)
    @Comment("Email address (optional)")
    private String email;

    @Sensitive("third party's address")
    @Column(name = "address", columnDefinition = "text")
    @Comment("Full address (for in-person contact if needed)")
    private String address;

    @NotNull
    @Column(name = "priority", nullable = false)
    @Comment("Contact priority: 1=primary, 2=secondary, 3=tertiary, etc.")
    @ToString.Include
    private Integer priority = 1;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @Comment("Whether this contact is currently active")
    @ToString.Include
    private Boolean isActive = true;

    @Column(name = "can_receive_crisis_alerts")
    @Comment("Whether to notify during crisis (some contacts prefer no alerts)")
    private Boolean canReceiveCrisisAlerts = true;

    @Sensitive("free text about a third party")
    @Column(name = "contact_time_restrictions", columnDefinition = "text")
    @Comment("Time restrictions (e.g., 'Only 9am-5pm weekdays', 'No late night calls')")
    private String contactTimeRestrictions;

    @NotNull
    @Column(name = "consent_to_contact", nullable = false)
    @Comment("Contact has consented to be emergency contact")
    @ToString.Include
    private Boolean consentToContact = false;

    @Column(name = "consent_granted_date")
    @Comment("When consent was granted")
    private LocalDate consentGrantedDate;

    @Column(name = "consent_expires_date")
    @Comment("When consent expires (optional, for time-limited consent)")
    private LocalDate consentExpiresDate;

    @Size(max = 50)
    @Column(name = "consent_method", length = 50)
    @Comment("How consent was obtained: 'verbal', 'written', 'digital_signature'")
    private String consentMethod;

    @Sensitive("free text about a third party")
    @Column(name = "notes", columnDefinition = "text")
    @Comment("Additional notes about this contact (e.g., 'Speaks English only', 'Prefers WhatsApp')")
    private String notes;

    @Column(name = "last_contacted_at")
    @Comment("When this contact was last reached (for audit and avoiding over-contact)")
    private Instant lastContactedAt;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @UpdateTimestamp
    @ColumnDefault("now()")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant updatedAt;

    public UserEmergencyContact(User user, String fullName, String relationshipToUser, String phone) {
        this.user = Objects.requireNonNull(user, "user");
        this.fullName = fullName;
        this.relationshipToUser = relationshipToUser;
        this.phone = phone;
    }
}
