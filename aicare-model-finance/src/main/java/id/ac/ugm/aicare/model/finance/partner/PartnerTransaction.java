package id.ac.ugm.aicare.model.finance.partner;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.finance.transaction.TransactionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One fee a partner organisation pays the platform; written by the finance service. */
@Entity
@Table(name = "partner_transactions",
       indexes = {
           @Index(name = "ix_partner_transactions_id", columnList = "id"),
           @Index(name = "ix_partner_transactions_status", columnList = "status"),
           @Index(name = "ix_partner_transactions_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class PartnerTransaction extends SerialIdEntity {

    @NotBlank
    @Size(max = 255)
    @Column(name = "partner_name", nullable = false, length = 255)
    @ToString.Include
    private String partnerName;

    @NotBlank
    @Size(max = 50)
    @Column(name = "partner_type", nullable = false, length = 50)
    @ToString.Include
    private String partnerType;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "fee_amount", nullable = false, precision = 20, scale = 6)
    private BigDecimal feeAmount;

    @NotBlank
    @Size(max = 10)
    @Column(name = "currency", nullable = false, length = 10)
    @ToString.Include
    private String currency = "USDC";

    @NotNull
    @Convert(converter = TransactionStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @ToString.Include
    private TransactionStatus status = TransactionStatus.PENDING;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Size(max = 255)
    @Column(name = "external_transaction_id", length = 255)
    private String externalTransactionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json")
    private Map<String, Object> extraData;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** A pending fee of a partner. */
    public PartnerTransaction(String partnerName, String partnerType, BigDecimal feeAmount) {
        this.partnerName = partnerName;
        this.partnerType = partnerType;
        this.feeAmount = feeAmount;
    }
}
