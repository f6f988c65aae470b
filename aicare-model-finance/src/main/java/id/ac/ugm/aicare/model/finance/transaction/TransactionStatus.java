package id.ac.ugm.aicare.model.finance.transaction;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * Where a payment stands; shared by platform, NFT and partner transactions. Stored by constant
 * name ({@code PENDING}), as the original backend did.
 */
@PgEnum("transactionstatus")
public enum TransactionStatus {
    PENDING,
    COMPLETED,
    FAILED,
    REFUNDED,
    CANCELLED;

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<TransactionStatus> {
        public Converter() {
            super(TransactionStatus.class);
        }
    }
}
