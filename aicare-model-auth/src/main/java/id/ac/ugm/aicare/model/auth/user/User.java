package id.ac.ugm.aicare.model.auth.user;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A person who signs in to the platform (student, counselor or admin), keyed by e-mail; written by
 * sign-up, login and the profile screens. The profile, clinical and contact columns are the
 * platform's older, flat copy of what the satellite tables ({@link UserProfile},
 * {@link UserClinicalRecord}, ...) now hold; the schema still has them, so the entity does too.
 */
@Entity
@Table(name = "users",
        indexes = {
                @Index(name = "ix_users_id", columnList = "id"),
                @Index(name = "ix_users_google_sub", columnList = "google_sub", unique = true),
                @Index(name = "ix_users_twitter_id", columnList = "twitter_id", unique = true),
                @Index(name = "ix_users_email", columnList = "email", unique = true),
                @Index(name = "ix_users_wallet_address", columnList = "wallet_address", unique = true)
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class User extends SerialIdEntity {

    @Sensitive("external account identifier")
    @Column(name = "google_sub", columnDefinition = "varchar")
    private String googleSub;

    @Sensitive("external account identifier")
    @Column(name = "twitter_id", columnDefinition = "varchar")
    private String twitterId;

    @Sensitive("contact detail")
    @NotBlank
    @Email
    @Column(name = "email", nullable = false, columnDefinition = "varchar")
    private String email;

    @Sensitive("name")
    @Column(name = "name", columnDefinition = "varchar")
    private String name;

    @Sensitive("name")
    @Column(name = "first_name", columnDefinition = "varchar")
    private String firstName;

    @Sensitive("name")
    @Column(name = "last_name", columnDefinition = "varchar")
    private String lastName;

    @Sensitive("contact detail")
    @Column(name = "phone", columnDefinition = "varchar")
    private String phone;

    @Sensitive("birth date")
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Sensitive("gender")
    @Column(name = "gender", columnDefinition = "varchar")
    private String gender;

    @Sensitive("place of residence")
    @Column(name = "city", columnDefinition = "varchar")
    private String city;

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Column(name = "university", columnDefinition = "varchar")
    private String university;

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Column(name = "major", columnDefinition = "varchar")
    private String major;

    @Sensitive("educational affiliation: with the university and major, identifies a student")
    @Column(name = "year_of_study", columnDefinition = "varchar")
    private String yearOfStudy;

    @Sensitive("derived from what the student wrote")
    @NotNull
    @Column(name = "sentiment_score", nullable = false)
    private Double sentimentScore = 0.0;

    @Sensitive("pseudonymous identifier linked to the person")
    @Column(name = "wallet_address", columnDefinition = "varchar")
    private String walletAddress;

    @NotBlank
    @Column(name = "role", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String role = "user";

    @Sensitive("secret")
    @Column(name = "password_hash", columnDefinition = "varchar")
    private String passwordHash;

    @Sensitive("secret")
    @Column(name = "password_reset_token", columnDefinition = "varchar")
    private String passwordResetToken;

    @Column(name = "password_reset_expires")
    private LocalDateTime passwordResetExpires;

    @NotNull
    @Column(name = "email_verified", nullable = false)
    private Boolean emailVerified = false;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @ToString.Include
    private Boolean isActive = true;

    @UtcCreationTimestamp
    @Column(name = "created_at")
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at")
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    @Column(name = "last_login")
    private LocalDateTime lastLogin;

    @NotNull
    @Column(name = "current_streak", nullable = false)
    private Integer currentStreak = 0;

    @NotNull
    @Column(name = "longest_streak", nullable = false)
    private Integer longestStreak = 0;

    @Column(name = "last_activity_date")
    private LocalDate lastActivityDate;

    @NotNull
    @Column(name = "allow_email_checkins", nullable = false)
    private Boolean allowEmailCheckins = true;

    @Sensitive("photo of the person")
    @Column(name = "profile_photo_url", columnDefinition = "varchar")
    private String profilePhotoUrl;

    @Sensitive("name")
    @Column(name = "preferred_name", columnDefinition = "varchar")
    private String preferredName;

    @Sensitive("gender identity")
    @Column(name = "pronouns", columnDefinition = "varchar")
    private String pronouns;

    @Sensitive("contact detail")
    @Column(name = "alternate_phone", columnDefinition = "varchar")
    private String alternatePhone;

    @Sensitive("token")
    @Size(max = 64)
    @Column(name = "check_in_code", length = 64, unique = true)
    private String checkInCode;

    @Sensitive("third party's name")
    @Column(name = "emergency_contact_name", columnDefinition = "varchar")
    private String emergencyContactName;

    @Sensitive("third party's relationship to the student")
    @Column(name = "emergency_contact_relationship", columnDefinition = "varchar")
    private String emergencyContactRelationship;

    @Sensitive("third party's contact detail")
    @Column(name = "emergency_contact_phone", columnDefinition = "varchar")
    private String emergencyContactPhone;

    @Sensitive("third party's contact detail")
    @Email
    @Column(name = "emergency_contact_email", columnDefinition = "varchar")
    private String emergencyContactEmail;

    @Sensitive("risk data")
    @Column(name = "risk_level", columnDefinition = "varchar")
    private String riskLevel;

    @Sensitive("clinical note")
    @Column(name = "clinical_summary", columnDefinition = "text")
    private String clinicalSummary;

    @Sensitive("clinical note")
    @Column(name = "primary_concerns", columnDefinition = "text")
    private String primaryConcerns;

    @Sensitive("clinical note")
    @Column(name = "safety_plan_notes", columnDefinition = "text")
    private String safetyPlanNotes;

    @Sensitive("third party's name")
    @Column(name = "current_therapist_name", columnDefinition = "varchar")
    private String currentTherapistName;

    @Sensitive("third party's contact detail")
    @Column(name = "current_therapist_contact", columnDefinition = "varchar")
    private String currentTherapistContact;

    @Sensitive("treatment")
    @Column(name = "therapy_modality", columnDefinition = "varchar")
    private String therapyModality;

    @Sensitive("treatment")
    @Column(name = "therapy_frequency", columnDefinition = "varchar")
    private String therapyFrequency;

    @Sensitive("clinical note")
    @Column(name = "therapy_notes", columnDefinition = "text")
    private String therapyNotes;

    @NotNull
    @Column(name = "consent_data_sharing", nullable = false)
    private Boolean consentDataSharing = false;

    @NotNull
    @Column(name = "consent_research", nullable = false)
    private Boolean consentResearch = false;

    @NotNull
    @Column(name = "consent_emergency_contact", nullable = false)
    private Boolean consentEmergencyContact = false;

    @NotNull
    @Column(name = "consent_marketing", nullable = false)
    private Boolean consentMarketing = false;

    @Column(name = "preferred_language", columnDefinition = "varchar")
    private String preferredLanguage;

    @Column(name = "preferred_timezone", columnDefinition = "varchar")
    private String preferredTimezone;

    @Sensitive("health: disability or impairment")
    @Column(name = "accessibility_needs", columnDefinition = "text")
    private String accessibilityNeeds;

    @Sensitive("free text the student wrote")
    @Column(name = "communication_preferences", columnDefinition = "text")
    private String communicationPreferences;

    @Column(name = "interface_preferences", columnDefinition = "text")
    private String interfacePreferences;

    @Sensitive("clinical note")
    @Column(name = "aicare_team_notes", columnDefinition = "text")
    private String aicareTeamNotes;

    // The only satellite kept as a collection: contacts are owned by the user and edited together.
    // Sessions, audit and consent entries grow without bound and are queried, never walked; the
    // one-to-one satellites point here but are not mapped back (an inverse one-to-one is never lazy).
    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("priority")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<UserEmergencyContact> emergencyContacts = new ArrayList<>();

    public User(String email) {
        this.email = Objects.requireNonNull(email, "email");
    }

    /** The user's emergency contacts, by priority; change them through the add/remove methods. */
    public List<UserEmergencyContact> getEmergencyContacts() {
        return Collections.unmodifiableList(emergencyContacts);
    }

    /** Adds a contact made for this user. */
    public void addEmergencyContact(UserEmergencyContact contact) {
        if (contact.getUser() != this) {
            throw new IllegalArgumentException("the contact belongs to another user");
        }
        if (!emergencyContacts.contains(contact)) {
            emergencyContacts.add(contact);
        }
    }

    /** Removes a contact; the row is deleted at the next flush. */
    public void removeEmergencyContact(UserEmergencyContact contact) {
        emergencyContacts.remove(contact);
    }
}
