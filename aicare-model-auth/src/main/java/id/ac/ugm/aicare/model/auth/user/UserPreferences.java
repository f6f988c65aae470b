package id.ac.ugm.aicare.model.auth.user;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * The settings of one user (at most one row per user): language, notifications, accessibility,
 * check-ins, privacy and how Aika, the chat companion, answers; written by the settings screens.
 */
@Entity
@Table(name = "user_preferences",
        indexes = {
                @Index(name = "ix_user_preferences_id", columnList = "id"),
                @Index(name = "ix_user_preferences_user_id", columnList = "user_id", unique = true),
                @Index(name = "ix_user_preferences_check_in_code", columnList = "check_in_code", unique = true)
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserPreferences extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-one relationship)")
    @NotNull
    @Setter(AccessLevel.NONE)
    private User user;

    @Size(max = 10)
    @Column(name = "preferred_language", length = 10)
    @Comment("ISO 639-1 code: 'id' (Indonesian), 'en' (English), 'jv' (Javanese)")
    @ToString.Include
    private String preferredLanguage = "id";

    @Size(max = 50)
    @Column(name = "preferred_timezone", length = 50)
    @Comment("IANA timezone (e.g., 'Asia/Jakarta', 'Asia/Makassar')")
    private String preferredTimezone = "Asia/Jakarta";

    @Size(max = 20)
    @Column(name = "date_format", length = 20)
    @Comment("Date display format")
    private String dateFormat = "DD/MM/YYYY";

    @Size(max = 10)
    @Column(name = "time_format", length = 10)
    @Comment("12h or 24h")
    private String timeFormat = "24h";

    @Column(name = "allow_email_checkins")
    private Boolean allowEmailCheckins = true;

    @Column(name = "allow_sms_reminders")
    private Boolean allowSmsReminders = false;

    @Column(name = "allow_push_notifications")
    private Boolean allowPushNotifications = true;

    @Column(name = "allow_whatsapp_notifications")
    @Comment("WhatsApp is very popular in Indonesia")
    private Boolean allowWhatsappNotifications = false;

    // LOCAL_TIME binds java.time.LocalTime directly; the default TIME binding goes through
    // java.sql.Time and drops everything below the millisecond that the time column keeps.
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "notification_quiet_hours_start")
    private LocalTime notificationQuietHoursStart;

    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "notification_quiet_hours_end")
    private LocalTime notificationQuietHoursEnd;

    @Size(max = 20)
    @Column(name = "notification_frequency", length = 20)
    @Comment("low | normal | high")
    private String notificationFrequency = "normal";

    @Size(max = 20)
    @Column(name = "email_frequency", length = 20)
    @Comment("daily | weekly | monthly | never")
    private String emailFrequency = "weekly";

    @Column(name = "email_newsletter")
    @Comment("Subscribe to UGM-AICare newsletter")
    private Boolean emailNewsletter = true;

    @Column(name = "email_updates")
    @Comment("Receive platform updates & announcements")
    private Boolean emailUpdates = true;

    @Size(max = 20)
    @Column(name = "theme", length = 20)
    @Comment("light | dark | system")
    private String theme = "system";

    @Size(max = 20)
    @Column(name = "font_size", length = 20)
    @Comment("small | medium | large | xlarge")
    private String fontSize = "medium";

    @Column(name = "high_contrast_mode")
    @Comment("High contrast for visual impairment")
    private Boolean highContrastMode = false;

    @Column(name = "reduce_animations")
    @Comment("Reduce motion for vestibular disorders")
    private Boolean reduceAnimations = false;

    @Size(max = 50)
    @Column(name = "color_scheme", length = 50)
    @Comment("Custom color scheme (future feature)")
    private String colorScheme;

    @Column(name = "screen_reader_enabled")
    @Comment("Using screen reader (optimize for ARIA)")
    private Boolean screenReaderEnabled = false;

    @Column(name = "keyboard_navigation_only")
    @Comment("Navigate without mouse (motor impairment)")
    private Boolean keyboardNavigationOnly = false;

    @Column(name = "dyslexia_font")
    @Comment("Use dyslexia-friendly font (OpenDyslexic)")
    private Boolean dyslexiaFont = false;

    @Sensitive("health: disability or impairment, free text")
    @Column(name = "accessibility_notes", columnDefinition = "text")
    @Comment("Additional accessibility needs (free text)")
    private String accessibilityNotes;

    // Anyone holding the code can check in as this user.
    @Sensitive("token")
    @Size(max = 50)
    @Column(name = "check_in_code", length = 50)
    @Comment("Unique code for daily check-ins (e.g., 'MOOD-abc123')")
    private String checkInCode;

    @Size(max = 20)
    @Column(name = "check_in_frequency", length = 20)
    @Comment("daily | weekly | manual")
    private String checkInFrequency = "daily";

    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "check_in_reminder_time")
    @Comment("Preferred time for daily check-in reminder (e.g., '09:00')")
    private LocalTime checkInReminderTime;

    @Column(name = "check_in_reminder_enabled")
    private Boolean checkInReminderEnabled = true;

    @Size(max = 20)
    @Column(name = "profile_visibility", length = 20)
    @Comment("public | friends | private")
    private String profileVisibility = "private";

    @Column(name = "show_online_status")
    @Comment("Show when user is online (future social feature)")
    private Boolean showOnlineStatus = false;

    @Column(name = "allow_analytics_tracking")
    @Comment("Consent to anonymized analytics (IA agent)")
    private Boolean allowAnalyticsTracking = true;

    @Size(max = 20)
    @Column(name = "aika_personality", length = 20)
    @Comment("empathetic | professional | casual | balanced")
    private String aikaPersonality = "empathetic";

    @Size(max = 20)
    @Column(name = "aika_response_length", length = 20)
    @Comment("concise | balanced | detailed")
    private String aikaResponseLength = "balanced";

    @Column(name = "auto_suggest_interventions")
    @Comment("Aika proactively suggests CBT interventions")
    private Boolean autoSuggestInterventions = true;

    // Unix epoch seconds, as the original platform stored them. The catalog's best-effort text
    // extract('epoch', now()) is a syntax error in PostgreSQL; this is the expression it stands for.
    @ColumnDefault("EXTRACT(epoch FROM now())")
    @Column(name = "created_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Integer createdAt;

    @ColumnDefault("EXTRACT(epoch FROM now())")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Integer updatedAt;

    public UserPreferences(User user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    // Hibernate's timestamp generators do not fill an integer column, and the NOT NULL columns must
    // never be inserted as NULL, so the epoch seconds are set here.
    @PrePersist
    void fillEpochTimestamps() {
        int now = epochSecondsNow();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @PreUpdate
    void touchUpdatedAt() {
        updatedAt = epochSecondsNow();
    }

    private static int epochSecondsNow() {
        return Math.toIntExact(Instant.now().getEpochSecond());
    }
}
