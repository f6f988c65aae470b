package id.ac.ugm.aicare.model.gamification.badge;

import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A badge (an NFT) minted to a student, with the contract and the minting transaction; written by
 * the badge service after the mint confirms. A student holds each badge at most once.
 */
@Entity
@Table(name = "user_badges",
       indexes = {
           @Index(name = "ix_user_badges_id", columnList = "id"),
           @Index(name = "ix_user_badges_user_id", columnList = "user_id"),
           @Index(name = "ix_user_badges_badge_id", columnList = "badge_id"),
           @Index(name = "ix_user_badges_contract_address", columnList = "contract_address")
       },
       uniqueConstraints = @UniqueConstraint(name = "_user_badge_uc", columnNames = {"user_id", "badge_id"}))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class UserBadge extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotNull
    @Column(name = "badge_id", nullable = false)
    @ToString.Include
    private Integer badgeId;

    @Sensitive("with the transaction hash, leads to the student's wallet")
    @NotBlank
    @Column(name = "contract_address", columnDefinition = "varchar", nullable = false)
    private String contractAddress;

    @Sensitive("on-chain record that leads to the student's wallet")
    @NotBlank
    @Column(name = "transaction_hash", columnDefinition = "varchar", nullable = false, unique = true)
    private String transactionHash;

    @UtcCreationTimestamp
    @Column(name = "awarded_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime awardedAt;

    /** Badge {@code badgeId} of {@code contractAddress}, minted to {@code user} in {@code transactionHash}. */
    public UserBadge(User user, Integer badgeId, String contractAddress, String transactionHash) {
        this.user = user;
        this.badgeId = badgeId;
        this.contractAddress = contractAddress;
        this.transactionHash = transactionHash;
    }
}
