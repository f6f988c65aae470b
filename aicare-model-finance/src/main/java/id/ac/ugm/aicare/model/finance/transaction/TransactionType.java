package id.ac.ugm.aicare.model.finance.transaction;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * What a platform transaction is for. The original backend declared the enum without
 * {@code values_callable}, so PostgreSQL stores the constant names ({@code WELLNESS_FEE}), not the
 * lower-case Python values.
 */
@PgEnum("transactiontype")
public enum TransactionType {
    WELLNESS_FEE,
    SUBSCRIPTION,
    NFT_SALE,
    PARTNER_FEE,
    TREASURY_RETURN,
    REFUND,
    ADJUSTMENT;

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<TransactionType> {
        public Converter() {
            super(TransactionType.class);
        }
    }
}
