package id.ac.ugm.aicare.model.finance.revenue;

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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One approver's vote on a revenue report (multi-signature sign-off); written by the finance
 * service when an approver signs. Part of the {@link RevenueReport} aggregate.
 */
@Entity
@Table(name = "revenue_approvals",
       indexes = {
           @Index(name = "ix_revenue_approvals_id", columnList = "id"),
           @Index(name = "ix_revenue_approvals_report_id", columnList = "report_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class RevenueApproval extends SerialIdEntity {

    /** Set through {@link RevenueReport#addApproval}. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @Setter(AccessLevel.PACKAGE)
    private RevenueReport report;

    @Sensitive("wallet address identifying the approver")
    @NotBlank
    @Size(max = 42)
    @Column(name = "approver_address", nullable = false, length = 42)
    private String approverAddress;

    @Sensitive("approver's name")
    @Size(max = 100)
    @Column(name = "approver_name", length = 100)
    private String approverName;

    @NotNull
    @Column(name = "approved", nullable = false)
    @ToString.Include
    private Boolean approved;

    @Sensitive("on-chain record that leads to the approver's wallet")
    @Size(max = 66)
    @Column(name = "transaction_hash", length = 66)
    private String transactionHash;

    @Column(name = "block_number")
    private Integer blockNumber;

    @Sensitive("free-text reason of the approver")
    @Column(name = "comment", columnDefinition = "text")
    private String comment;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt;

    /** A vote by the approver with this wallet address; add it with {@link RevenueReport#addApproval}. */
    public RevenueApproval(String approverAddress, boolean approved) {
        this.approverAddress = approverAddress;
        this.approved = approved;
    }
}
