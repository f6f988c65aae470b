package id.ac.ugm.aicare.model.finance.subscription;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** Whether a subscription still bills. Stored by constant name ({@code ACTIVE}). */
@PgEnum("subscriptionstatus")
public enum SubscriptionStatus {
    ACTIVE,
    EXPIRED,
    CANCELLED,
    SUSPENDED;

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<SubscriptionStatus> {
        public Converter() {
            super(SubscriptionStatus.class);
        }
    }
}
