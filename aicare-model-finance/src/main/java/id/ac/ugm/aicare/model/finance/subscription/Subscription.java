package id.ac.ugm.aicare.model.finance.subscription;

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

/** One recurring plan a user pays for; written by the finance service at sign-up and each billing. */
@Entity
@Table(name = "subscriptions",
       indexes = {
           @Index(name = "ix_subscriptions_id", columnList = "id"),
           @Index(name = "ix_subscriptions_user_id", columnList = "user_id"),
           @Index(name = "ix_subscriptions_billing_date", columnList = "billing_date"),
           @Index(name = "ix_subscriptions_status", columnList = "status")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Subscription extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotBlank
    @Size(max = 100)
    @Column(name = "plan_name", nullable = false, length = 100)
    @ToString.Include
    private String planName;

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
    @Column(name = "billing_date", nullable = false)
    private Instant billingDate;

    @Column(name = "next_billing_date")
    private Instant nextBillingDate;

    @NotNull
    @Convert(converter = SubscriptionStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @ToString.Include
    private SubscriptionStatus status = SubscriptionStatus.ACTIVE;

    @Size(max = 50)
    @Column(name = "payment_method", length = 50)
    private String paymentMethod;

    @Sensitive("leads to the student's payment account")
    @Size(max = 255)
    @Column(name = "external_subscription_id", length = 255)
    private String externalSubscriptionId;

    @Sensitive("payment details of a user")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json")
    private Map<String, Object> extraData;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** A new active subscription of a user, first billed at {@code billingDate}. */
    public Subscription(User user, String planName, BigDecimal amount, Instant billingDate) {
        this.user = user;
        this.planName = planName;
        this.amount = amount;
        this.billingDate = billingDate;
    }
}
