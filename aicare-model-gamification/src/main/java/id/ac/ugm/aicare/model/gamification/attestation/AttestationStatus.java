package id.ac.ugm.aicare.model.gamification.attestation;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * How far a counselor attestation has got on its way on-chain.
 * Stored as the lower-case values, as the original model's {@code values_callable} does,
 * not as the constant names.
 */
@PgEnum("attestationstatusenum")
public enum AttestationStatus implements DbLabeled {
    PENDING("pending"),
    QUEUED("queued"),
    CONFIRMED("confirmed"),
    FAILED("failed");

    private final String dbLabel;

    AttestationStatus(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<AttestationStatus> {
        public Converter() {
            super(AttestationStatus.class);
        }
    }
}
