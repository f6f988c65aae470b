package id.ac.ugm.aicare.model.finance.revenue;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** Where a monthly revenue report stands on its way to the blockchain. Stored by constant name. */
@PgEnum("reportstatus")
public enum ReportStatus {
    DRAFT,
    PENDING,
    APPROVED,
    SUBMITTED,
    FINALIZED,
    REJECTED;

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<ReportStatus> {
        public Converter() {
            super(ReportStatus.class);
        }
    }
}
