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
 * The personal and academic profile of one user (at most one row per user, enforced by the unique
 * index on {@code user_id}); written by the profile screens and the student-data import.
 */
@Entity
@Table(name = "user_profiles",
        indexes = {
                @Index(name = "ix_user_profiles_id", columnList = "id"),
                @Index(name = "ix_user_profiles_user_id", columnList = "user_id", unique = true),
                @Index(name = "ix_user_profiles_student_id", columnList = "student_id", unique = true)
        })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserProfile extends SerialIdEntity {

    // No inverse side on User: a non-owning one-to-one cannot be lazy and would load with every user.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Comment("FK to users table (one-to-one relationship)")
    @NotNull
    @Setter(AccessLevel.NONE)
    private User user;

    @Sensitive("name")
    @Size(max = 100)
    @Column(name = "first_name", length = 100)
    @Comment("Given name (e.g., 'John')")
    private String firstName;

    @Sensitive("name")
    @Size(max = 100)
    @Column(name = "last_name", length = 100)
    @Comment("Family name (e.g., 'Doe')")
    private String lastName;

    @Sensitive("name")
    @Size(max = 100)
    @Column(name = "preferred_name", length = 100)
    @Comment("What they want to be called (e.g., 'Johnny')")
    private String preferredName;

    @Sensitive("gender identity")
    @Size(max = 50)
    @Column(name = "pronouns", length = 50)
    @Comment("e.g., 'he/him', 'she/her', 'they/them'")
    private String pronouns;

    @Sensitive("contact detail")
    @Size(max = 20)
    @Column(name = "phone", length = 20)
    private String phone;

    @Sensitive("contact detail")
    @Size(max = 20)
    @Column(name = "alternate_phone", length = 20)
    private String alternatePhone;

    @Sensitive("birth date")
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Sensitive("gender")
    @Size(max = 50)
    @Column(name = "gender", length = 50)
    private String gender;

    @Sensitive("place of residence")
    @Size(max = 100)
    @Column(name = "city", length = 100)
    private String city;

    @Sensitive("place of residence")
    @Size(max = 100)
    @Column(name = "province", length = 100)
    @Comment("Indonesian province (e.g., 'DI Yogyakarta')")
    private String province;

    @Size(max = 100)
    @Column(name = "country", length = 100)
    @Comment("Country of residence")
    private String country = "Indonesia";

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Size(max = 200)
    @Column(name = "university", length = 200)
    private String university;

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Size(max = 200)
    @Column(name = "faculty", length = 200)
    @Comment("UGM faculty (e.g., 'FMIPA', 'FEB', 'FK')")
    private String faculty;

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Size(max = 200)
    @Column(name = "department", length = 200)
    @Comment("Department/Program (e.g., 'Computer Science')")
    private String department;

    @Sensitive("educational affiliation: with the year of study, identifies a student")
    @Size(max = 200)
    @Column(name = "major", length = 200)
    private String major;

    @Column(name = "year_of_study")
    private Integer yearOfStudy;

    @Sensitive("official student number identifies the person")
    @Size(max = 50)
    @Column(name = "student_id", length = 50)
    @Comment("Official NIM (Nomor Induk Mahasiswa) - UNIQUE identifier")
    private String studentId;

    @Column(name = "batch_year")
    @Comment("Enrollment year (e.g., 2021)")
    private Integer batchYear;

    @Sensitive("photo of the person")
    @Size(max = 500)
    @Column(name = "profile_photo_url", length = 500)
    private String profilePhotoUrl;

    @Sensitive("photo of the person")
    @Size(max = 200)
    @Column(name = "profile_photo_storage_key", length = 200)
    @Comment("S3/MinIO storage key for profile photo")
    private String profilePhotoStorageKey;

    @Column(name = "current_streak")
    private Integer currentStreak = 0;

    @Column(name = "longest_streak")
    private Integer longestStreak = 0;

    @Column(name = "last_activity_date")
    private LocalDate lastActivityDate;

    @Sensitive("derived from what the student wrote")
    @Column(name = "sentiment_score")
    private Double sentimentScore = 0.0;

    @Column(name = "total_care_tokens")
    @Comment("Total CARE tokens earned (token economy integration)")
    private Integer totalCareTokens = 0;

    @Sensitive("free text the student wrote")
    @Column(name = "bio", columnDefinition = "text")
    @Comment("User bio / about me (unlimited length)")
    private String bio;

    @Sensitive("what the student told about themselves")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interests", columnDefinition = "varchar[]")
    @Comment("List of interests (e.g., ['music', 'sports', 'reading'])")
    private List<String> interests;

    @CreationTimestamp
    @ColumnDefault("CURRENT_DATE")
    @Column(name = "created_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDate createdAt;

    @UpdateTimestamp
    @ColumnDefault("CURRENT_DATE")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDate updatedAt;

    public UserProfile(User user) {
        this.user = Objects.requireNonNull(user, "user");
    }
}
