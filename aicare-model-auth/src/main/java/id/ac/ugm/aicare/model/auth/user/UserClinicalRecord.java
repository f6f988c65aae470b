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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * The clinical file of one user (at most one row per user): risk, safety plan, therapy,
 * medication and review state; written by counselors and by the safety agents that assess risk.
 * Almost every field is clinical content; only ids and workflow flags are printed.
 */
@Entity
@Table(name = "user_clinical_records",
        indexes = {
                @Index(name = "ix_user_clinical_records_id", columnList = "id"),
                @Index(name = "ix_user_clinical_records_user_id", columnList = "user_id", unique = true),
                @Index(name = "ix_user_clinical_records_current_risk_level", columnList = "current_risk_level"),
                @Index(name = "ix_user_clinical_records_last_risk_assessment_date",
                        columnList = "last_risk_assessment_date"),
                @Index(name = "ix_user_clinical_records_flagged_for_review", columnList = "flagged_for_review")
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserClinicalRecord extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-one relationship)")
    @NotNull
    @Setter(AccessLevel.NONE)
    private User user;

    @Sensitive("risk data")
    @Size(max = 20)
    @Column(name = "current_risk_level", length = 20)
    @Comment("Current risk level: low, medium, high, critical")
    private String currentRiskLevel;

    @Column(name = "last_risk_assessment_date")
    private Instant lastRiskAssessmentDate;

    @Sensitive("risk data")
    @Column(name = "last_risk_score")
    @Comment("Numeric risk score (0.0-10.0) from STA agent")
    private Double lastRiskScore;

    @Sensitive("risk data")
    @Size(max = 20)
    @Column(name = "highest_risk_level_ever", length = 20)
    @Comment("Historical peak risk level (for trend analysis)")
    private String highestRiskLevelEver;

    @Sensitive("risk data")
    @Column(name = "crisis_count")
    @Comment("Number of crisis episodes detected")
    private Integer crisisCount = 0;

    @Sensitive("clinical note")
    @Column(name = "clinical_summary", columnDefinition = "text")
    @Comment("Counselor's clinical summary (unlimited length)")
    private String clinicalSummary;

    @Sensitive("clinical assessment")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "primary_concerns", columnDefinition = "varchar[]")
    @Comment("Main mental health concerns (e.g., ['anxiety', 'depression'])")
    private List<String> primaryConcerns;

    @Sensitive("diagnosis")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosed_conditions", columnDefinition = "varchar[]")
    @Comment("Professionally diagnosed conditions (if any)")
    private List<String> diagnosedConditions;

    @Sensitive("clinical history")
    @Column(name = "symptom_onset_date")
    @Comment("When symptoms first appeared")
    private LocalDate symptomOnsetDate;

    @Column(name = "safety_plan_active")
    @Comment("Whether user has an active safety plan")
    @Sensitive("clinical fact about the student")
    private Boolean safetyPlanActive = false;

    @Sensitive("clinical note")
    @Column(name = "safety_plan_notes", columnDefinition = "text")
    private String safetyPlanNotes;

    @Column(name = "safety_plan_created_at")
    private Instant safetyPlanCreatedAt;

    @Column(name = "safety_plan_reviewed_at")
    private Instant safetyPlanReviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "safety_plan_reviewed_by_user_id")
    @Comment("Counselor who last reviewed the safety plan")
    private User safetyPlanReviewedBy;

    @Sensitive("risk data")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "warning_signs", columnDefinition = "varchar[]")
    @Comment("Early warning signs of crisis (e.g., ['isolation', 'sleep_disruption'])")
    private List<String> warningSigns;

    @Sensitive("safety plan")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coping_strategies", columnDefinition = "varchar[]")
    @Comment("Coping strategies for crisis (e.g., ['call_friend', 'breathing_exercise'])")
    private List<String> copingStrategies;

    @Column(name = "is_in_external_therapy")
    @Comment("Whether user is seeing an external therapist")
    @Sensitive("clinical fact about the student")
    private Boolean isInExternalTherapy = false;

    @Sensitive("third party's name")
    @Size(max = 200)
    @Column(name = "external_therapist_name", length = 200)
    private String externalTherapistName;

    @Sensitive("third party's contact detail")
    @Size(max = 100)
    @Column(name = "external_therapist_contact", length = 100)
    private String externalTherapistContact;

    @Sensitive("treatment")
    @Size(max = 200)
    @Column(name = "external_therapist_institution", length = 200)
    private String externalTherapistInstitution;

    @Sensitive("treatment")
    @Size(max = 100)
    @Column(name = "therapy_modality", length = 100)
    @Comment("Type of therapy (e.g., 'CBT', 'DBT', 'Psychodynamic')")
    private String therapyModality;

    @Sensitive("treatment")
    @Size(max = 100)
    @Column(name = "therapy_frequency", length = 100)
    @Comment("e.g., 'weekly', 'biweekly', 'monthly'")
    private String therapyFrequency;

    @Sensitive("treatment")
    @Column(name = "therapy_start_date")
    private LocalDate therapyStartDate;

    @Sensitive("treatment")
    @Column(name = "therapy_end_date")
    private LocalDate therapyEndDate;

    @Column(name = "is_on_medication")
    @Comment("Whether user is taking psychiatric medication")
    @Sensitive("clinical fact about the student")
    private Boolean isOnMedication = false;

    @Sensitive("medication")
    @Column(name = "medication_notes", columnDefinition = "text")
    @Comment("Medication details (not prescriptions - reference only)")
    private String medicationNotes;

    @Sensitive("medication")
    @Column(name = "medication_start_date")
    private LocalDate medicationStartDate;

    @Sensitive("third party's name")
    @Size(max = 200)
    @Column(name = "prescribing_doctor", length = 200)
    private String prescribingDoctor;

    @Sensitive("clinical note")
    @Column(name = "aicare_team_notes", columnDefinition = "text")
    @Comment("Internal notes from UGM-AICare team (not visible to user)")
    private String aicareTeamNotes;

    @Sensitive("a clinical fact: the student was flagged for counselor review")
    @Column(name = "flagged_for_review")
    @Comment("Flagged by agent for counselor review")
    private Boolean flaggedForReview = false;

    @Sensitive("clinical note")
    @Column(name = "flagged_reason", columnDefinition = "text")
    private String flaggedReason;

    @Sensitive("when the student was flagged for counselor review")
    @Column(name = "flagged_at")
    private Instant flaggedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "flagged_by_user_id")
    @Comment("Agent/counselor who flagged this case")
    private User flaggedBy;

    @Size(max = 50)
    @Column(name = "access_level", length = 50)
    @Comment("counselor_only | clinical_team | research_anonymized")
    @ToString.Include
    private String accessLevel = "counselor_only";

    @Sensitive("free text, may name people or conditions")
    @Column(name = "data_sharing_restrictions", columnDefinition = "text")
    @Comment("Special restrictions on data sharing (e.g., 'Do not share with external research')")
    private String dataSharingRestrictions;

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_user_id")
    @Comment("Last counselor/admin who edited this record")
    private User updatedBy;

    @Column(name = "last_reviewed_at")
    @Comment("Last clinical review date (for SLA tracking)")
    private Instant lastReviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_reviewed_by_user_id")
    @Comment("Counselor who performed last review")
    private User lastReviewedBy;

    public UserClinicalRecord(User user) {
        this.user = Objects.requireNonNull(user, "user");
    }
}
