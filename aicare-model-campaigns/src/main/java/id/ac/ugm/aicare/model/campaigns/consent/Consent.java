package id.ac.ugm.aicare.model.campaigns.consent;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcType;

/**
 * One consent a subject gave for a scope, and when it was revoked; written by the consent screens.
 * A revoked consent stays as history and a new grant is a new row.
 */
@Entity
@Table(name = "consents",
       uniqueConstraints = @UniqueConstraint(name = "uq_consents_active",
                                             columnNames = {"subject_id", "scope", "revoked_at"}))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Consent extends UuidIdEntity {

    @Sensitive("identifies the person who consented")
    @NotBlank
    @Column(name = "subject_id", nullable = false, columnDefinition = "varchar")
    @Setter(AccessLevel.NONE)
    private String subjectId;

    @NotNull
    @Convert(converter = ConsentScope.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "scope", nullable = false)
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private ConsentScope scope;

    /** Defaults to now (UTC), as the original backend did ({@code datetime.utcnow}). */
    @NotNull
    @Column(name = "granted_at", nullable = false)
    @ToString.Include
    private Instant grantedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "revoked_at")
    @ToString.Include
    private Instant revokedAt;

    @Sensitive("points to the signed consent of a person")
    @Column(name = "evidence_uri", columnDefinition = "varchar")
    private String evidenceUri;

    /** A consent of the subject for the scope, granted now. */
    public Consent(String subjectId, ConsentScope scope) {
        this.subjectId = subjectId;
        this.scope = scope;
    }

    /** Whether the consent still holds. */
    public boolean isActive() {
        return revokedAt == null;
    }
}
