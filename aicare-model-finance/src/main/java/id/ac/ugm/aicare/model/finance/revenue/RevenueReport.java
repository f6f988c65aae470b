package id.ac.ugm.aicare.model.finance.revenue;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * The platform's revenue for one month, which a quorum of approvers signs off before it is
 * submitted on-chain; written by the finance service's monthly reporting job.
 */
@Entity
@Table(name = "revenue_reports",
       indexes = {
           @Index(name = "ix_revenue_reports_id", columnList = "id"),
           @Index(name = "ix_revenue_reports_year", columnList = "year"),
           @Index(name = "ix_revenue_reports_month", columnList = "month"),
           @Index(name = "ix_revenue_reports_month_yyyymm", columnList = "month_yyyymm", unique = true),
           @Index(name = "ix_revenue_reports_transaction_hash", columnList = "transaction_hash")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class RevenueReport extends SerialIdEntity {

    /** Scale of every money column of the finance tables ({@code numeric(20, 6)}). */
    private static final int MONEY_SCALE = 6;

    @NotNull
    @Column(name = "year", nullable = false)
    @ToString.Include
    private Integer year;

    @NotNull
    @Column(name = "month", nullable = false)
    @ToString.Include
    private Integer month;

    /** {@code year * 100 + month}; one report per month. */
    @NotNull
    @Column(name = "month_yyyymm", nullable = false)
    private Integer monthYyyymm;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "wellness_fees", nullable = false, precision = 20, scale = 6)
    private BigDecimal wellnessFees = zero();

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "subscriptions", nullable = false, precision = 20, scale = 6)
    private BigDecimal subscriptions = zero();

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "nft_sales", nullable = false, precision = 20, scale = 6)
    private BigDecimal nftSales = zero();

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "partner_fees", nullable = false, precision = 20, scale = 6)
    private BigDecimal partnerFees = zero();

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "treasury_returns", nullable = false, precision = 20, scale = 6)
    private BigDecimal treasuryReturns = zero();

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "total_revenue", nullable = false, precision = 20, scale = 6)
    private BigDecimal totalRevenue;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "total_expenses", nullable = false, precision = 20, scale = 6)
    private BigDecimal totalExpenses;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "net_profit", nullable = false, precision = 20, scale = 6)
    private BigDecimal netProfit;

    @NotNull
    @Column(name = "submitted_to_blockchain", nullable = false)
    private Boolean submittedToBlockchain = false;

    @Size(max = 66)
    @Column(name = "transaction_hash", length = 66)
    private String transactionHash;

    @Column(name = "block_number")
    private Integer blockNumber;

    @Column(name = "submission_timestamp")
    private Instant submissionTimestamp;

    @NotNull
    @Column(name = "approvals_count", nullable = false)
    private Integer approvalsCount = 0;

    @NotNull
    @Column(name = "required_approvals", nullable = false)
    private Integer requiredApprovals = 3;

    @NotNull
    @Column(name = "finalized", nullable = false)
    private Boolean finalized = false;

    @Column(name = "finalized_timestamp")
    private Instant finalizedTimestamp;

    @NotNull
    @Convert(converter = ReportStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @ToString.Include
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_data", columnDefinition = "json")
    private Map<String, Object> extraData;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    @UpdateTimestamp
    @ColumnDefault("now()")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant updatedAt;

    /** Id of the user who prepared the report; the original schema keeps no foreign key for it. */
    @Column(name = "created_by")
    private Integer createdBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<RevenueApproval> approvals = new ArrayList<>();

    /** A draft report for one month; {@code monthYyyymm} is derived from year and month. */
    public RevenueReport(int year, int month) {
        this.year = year;
        this.month = month;
        this.monthYyyymm = year * 100 + month;
    }

    /** The approvals given so far, oldest first; change them through {@link #addApproval}. */
    public List<RevenueApproval> getApprovals() {
        return Collections.unmodifiableList(approvals);
    }

    /** Records an approval (or a refusal) of this report, keeping both sides of the link in step. */
    public void addApproval(RevenueApproval approval) {
        ChildLinks.add(this, approvals, approval, RevenueApproval::getReport,
                parent -> parent.approvals, RevenueApproval::setReport);
    }

    /** Withdraws an approval; it is deleted with the next flush. */
    public void removeApproval(RevenueApproval approval) {
        ChildLinks.remove(approvals, approval, RevenueApproval::setReport);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(MONEY_SCALE);
    }
}
