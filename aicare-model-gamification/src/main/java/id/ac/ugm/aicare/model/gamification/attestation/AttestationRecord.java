package id.ac.ugm.aicare.model.gamification.attestation;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * A counselor's attestation that a student completed a quest, as a hashed payload queued for
 * anchoring on-chain; written by the attestation service.
 *
 * <p>Append-only in spirit: what was attested ({@code quest_instance_id}, {@code counselor_id},
 * {@code hashed_payload}) and when ({@code created_at}) are fixed at insert and have no setter
 * (their columns are not updatable). Only the delivery fields move on: {@code status},
 * {@code processed_at}, {@code last_error} and {@code extra_data}. The database alone clears
 * {@code quest_instance_id} when the quest is deleted ({@code ON DELETE SET NULL}).
 */
@Entity
@Table(name = "attestation_records",
       indexes = @Index(name = "ix_attestation_status", columnList = "status"))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class AttestationRecord extends SerialIdEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quest_instance_id", updatable = false)
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private QuestInstance questInstance;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User counselor;

    @NotBlank
    @Size(max = 256)
    @Sensitive("digest of the counselor's statement about a student")
    @Column(name = "hashed_payload", length = 256, nullable = false, updatable = false)
    private String hashedPayload;

    @NotNull
    @Convert(converter = AttestationStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @Setter
    @ToString.Include
    private AttestationStatus status = AttestationStatus.PENDING;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "processed_at")
    @Setter
    private LocalDateTime processedAt;

    @Sensitive("error text may quote the payload")
    @Column(name = "last_error", columnDefinition = "text")
    @Setter
    private String lastError;

    @NotNull
    @Sensitive("free-form attestation details")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json", nullable = false)
    @Setter
    private Map<String, Object> extraData = new HashMap<>();

    /** A pending attestation by {@code counselor} of {@code questInstance} (may be null). */
    public AttestationRecord(QuestInstance questInstance, User counselor, String hashedPayload) {
        this.questInstance = questInstance;
        this.counselor = counselor;
        this.hashedPayload = hashedPayload;
    }
}
