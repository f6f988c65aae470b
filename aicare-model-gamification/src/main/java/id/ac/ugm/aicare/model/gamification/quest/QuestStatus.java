package id.ac.ugm.aicare.model.gamification.quest;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * Where an issued quest stands.
 * Stored as the lower-case values, as the original model's {@code values_callable} does,
 * not as the constant names.
 */
@PgEnum("queststatusenum")
public enum QuestStatus implements DbLabeled {
    ACTIVE("active"),
    COMPLETED("completed"),
    EXPIRED("expired"),
    CANCELLED("cancelled");

    private final String dbLabel;

    QuestStatus(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<QuestStatus> {
        public Converter() {
            super(QuestStatus.class);
        }
    }
}
