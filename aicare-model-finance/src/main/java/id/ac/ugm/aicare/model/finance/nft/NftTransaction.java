package id.ac.ugm.aicare.model.finance.nft;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import id.ac.ugm.aicare.model.finance.transaction.TransactionStatus;
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

/** One NFT a user buys from the platform; written by the finance service as the mint settles. */
@Entity
@Table(name = "nft_transactions",
       indexes = {
           @Index(name = "ix_nft_transactions_id", columnList = "id"),
           @Index(name = "ix_nft_transactions_user_id", columnList = "user_id"),
           @Index(name = "ix_nft_transactions_status", columnList = "status"),
           @Index(name = "ix_nft_transactions_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class NftTransaction extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotBlank
    @Size(max = 42)
    @Column(name = "nft_contract_address", nullable = false, length = 42)
    private String nftContractAddress;

    @Sensitive("identifies the NFT the student owns, hence the wallet")
    @NotBlank
    @Size(max = 100)
    @Column(name = "token_id", nullable = false, length = 100)
    private String tokenId;

    @NotBlank
    @Size(max = 255)
    @Column(name = "nft_name", nullable = false, length = 255)
    private String nftName;

    @NotNull
    @Digits(integer = 14, fraction = 6)
    @Column(name = "price", nullable = false, precision = 20, scale = 6)
    private BigDecimal price;

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

    @Sensitive("on-chain record that leads to the student's wallet")
    @Size(max = 66)
    @Column(name = "blockchain_tx_hash", length = 66)
    private String blockchainTxHash;

    @Column(name = "block_number")
    private Integer blockNumber;

    @Sensitive("details of a student's purchase")
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

    /** A pending purchase of one token of an NFT contract. */
    public NftTransaction(User user, String nftContractAddress, String tokenId, String nftName, BigDecimal price) {
        this.user = user;
        this.nftContractAddress = nftContractAddress;
        this.tokenId = tokenId;
        this.nftName = nftName;
        this.price = price;
    }
}
