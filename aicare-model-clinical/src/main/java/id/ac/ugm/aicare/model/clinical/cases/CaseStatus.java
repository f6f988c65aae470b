package id.ac.ugm.aicare.model.clinical.cases;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** Where a case stands in the counselors' workflow. */
@PgEnum("case_status_enum")
public enum CaseStatus implements DbLabeled {
    NEW("new"),
    IN_PROGRESS("in_progress"),
    WAITING("waiting"),
    RESOLVED("resolved"),
    CLOSED("closed");

    private final String dbLabel;

    CaseStatus(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum; this one serves {@code Case.status} only. */
    public static final class Converter extends PgEnumConverter<CaseStatus> {
        public Converter() {
            super(CaseStatus.class, "Case.status");
        }
    }
}
