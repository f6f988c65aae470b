package id.ac.ugm.aicare.model.content.scheduling;

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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A weekly slot in which a therapist (a user with the counselor role) is or is not available,
 * with times as the text the scheduling screen stores (e.g. {@code 09:00}); written by the
 * therapist's scheduling screen.
 */
@Entity
@Table(name = "therapist_schedules",
       indexes = @Index(name = "ix_therapist_schedules_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class TherapistSchedule extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    private User therapist;

    @NotBlank
    @Column(name = "day_of_week", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String dayOfWeek;

    @NotBlank
    @Column(name = "start_time", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String startTime;

    @NotBlank
    @Column(name = "end_time", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String endTime;

    @NotNull
    @Column(name = "is_available", nullable = false)
    @ToString.Include
    private Boolean isAvailable = true;

    @Sensitive("why the therapist is unavailable may be personal")
    @Column(name = "reason", columnDefinition = "varchar")
    private String reason;

    /** {@code therapist}'s slot on {@code dayOfWeek} from {@code startTime} to {@code endTime}. */
    public TherapistSchedule(User therapist, String dayOfWeek, String startTime, String endTime) {
        this.therapist = therapist;
        this.dayOfWeek = dayOfWeek;
        this.startTime = startTime;
        this.endTime = endTime;
    }
}
