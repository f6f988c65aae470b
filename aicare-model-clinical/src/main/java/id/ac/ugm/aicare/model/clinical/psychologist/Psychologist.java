package id.ac.ugm.aicare.model.clinical.psychologist;

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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * The public profile of a counselor students can book appointments with, optionally tied to the
 * counselor's own user account; written by admins and by the counselor.
 */
@Entity
@Table(name = "psychologists",
       indexes = {
           @Index(name = "ix_psychologists_id", columnList = "id"),
           // unique=True, index=True in the original: a unique index, no separate constraint
           @Index(name = "ix_psychologists_user_id", columnList = "user_id", unique = true),
           @Index(name = "ix_psychologists_is_available", columnList = "is_available")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Psychologist extends SerialIdEntity {

    /** The counselor's own account; deleting the account deletes this profile. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Sensitive("person's name")
    @NotBlank
    @Column(name = "name", nullable = false, columnDefinition = "varchar")
    private String name;

    @Column(name = "specialization", columnDefinition = "varchar")
    private String specialization;

    @Sensitive("photo of a person")
    @Column(name = "image_url", columnDefinition = "varchar")
    private String imageUrl;

    @NotNull
    @Column(name = "is_available", nullable = false)
    @ToString.Include
    private Boolean isAvailable = true;

    @Sensitive("personal biography")
    @Column(name = "bio", columnDefinition = "text")
    private String bio;

    /** Degrees, each a string or an object; the original declares the column a dict but stores a list. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "education", columnDefinition = "json")
    private List<Object> education;

    /** Certifications, each a string or an object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "certifications", columnDefinition = "json")
    private List<Object> certifications;

    @Column(name = "years_of_experience")
    private Integer yearsOfExperience;

    /** Languages spoken. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "languages", columnDefinition = "json")
    private List<String> languages;

    @Column(name = "consultation_fee")
    private Double consultationFee;

    /** Weekly schedule, keyed by day. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "availability_schedule", columnDefinition = "json")
    private Map<String, Object> availabilitySchedule;

    @Column(name = "rating")
    private Double rating = 0.0;

    @Column(name = "total_reviews")
    private Integer totalReviews = 0;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public Psychologist(String name) {
        this.name = name;
    }
}
