package id.ac.ugm.aicare.model.finance.transaction;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

/**
 * One payment a user makes to the platform (wellness fee, subscription charge, refund, ...);
 * written by the finance service when a payment starts and again when it settles.
 */
@Entity
@Table(name = "transactions",
       indexes = {
           @Index(name = "ix_transactions_id", columnList = "id"),
           @Index(name = "ix_transactions_user_id", columnList = "user_id"),
           @Index(name = "ix_transactions_transaction_type", columnList = "transaction_type"),
           @Index(name = "ix_transactions_status", columnList = "status"),
           @Index(name = "ix_transactions_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Transaction extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotNull
    @Convert(converter = TransactionType.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "transaction_type", nullable = false)
    @ToString.Include
    private TransactionType transactionType;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "amount", nullable = false, precision = 20, scale = 6)
    private BigDecimal amount;

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

    @Sensitive("free text about a user's payment")
    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Size(max = 50)
    @Column(name = "payment_method", length = 50)
    private String paymentMethod;

    @Size(max = 50)
    @Column(name = "payment_gateway", length = 50)
    private String paymentGateway;

    @Sensitive("leads to the student's payment account")
    @Size(max = 255)
    @Column(name = "external_transaction_id", length = 255)
    private String externalTransactionId;

    @Sensitive("on-chain record that leads to the student's wallet")
    @Size(max = 66)
    @Column(name = "blockchain_tx_hash", length = 66)
    private String blockchainTxHash;

    @Sensitive("payment details of a user")
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

    /** A new pending transaction of a user. */
    public Transaction(User user, TransactionType transactionType, BigDecimal amount) {
        this.user = user;
        this.transactionType = transactionType;
        this.amount = amount;
    }
}
