package id.ac.ugm.aicare.model.clinical.cases;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** How urgent a case is; {@code MED} is stored as the original's {@code med}. */
@PgEnum("case_severity_enum")
public enum CaseSeverity implements DbLabeled {
    LOW("low"),
    MED("med"),
    HIGH("high"),
    CRITICAL("critical");

    private final String dbLabel;

    CaseSeverity(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum; this one serves {@code Case.severity} only. */
    public static final class Converter extends PgEnumConverter<CaseSeverity> {
        public Converter() {
            super(CaseSeverity.class, "Case.severity");
        }
    }
}
