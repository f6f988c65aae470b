package id.ac.ugm.aicare.model.content.appointment;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A kind of appointment students can book (a first consultation, a follow-up) and how long it
 * lasts; written by admins.
 */
@Entity
@Table(name = "appointment_types",
       indexes = @Index(name = "ix_appointment_types_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class AppointmentType extends SerialIdEntity {

    @NotBlank
    @Column(name = "name", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String name;

    @NotNull
    @Column(name = "duration_minutes", nullable = false)
    @ToString.Include
    private Integer durationMinutes;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    public AppointmentType(String name, Integer durationMinutes) {
        this.name = name;
        this.durationMinutes = durationMinutes;
    }
}
