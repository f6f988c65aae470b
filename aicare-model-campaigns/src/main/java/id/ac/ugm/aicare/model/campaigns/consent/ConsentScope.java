package id.ac.ugm.aicare.model.campaigns.consent;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** What a consent covers: operations, follow-up contact, or research use. */
@PgEnum("consent_scope_enum")
public enum ConsentScope implements DbLabeled {
    OPS("ops"),
    FOLLOWUP("followup"),
    RESEARCH("research");

    private final String dbLabel;

    ConsentScope(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<ConsentScope> {
        public Converter() {
            super(ConsentScope.class);
        }
    }
}
