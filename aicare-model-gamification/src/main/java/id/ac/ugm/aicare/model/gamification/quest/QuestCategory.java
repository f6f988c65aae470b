package id.ac.ugm.aicare.model.gamification.quest;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * What kind of wellbeing a quest template practises.
 * Stored as the lower-case values, as the original model's {@code values_callable} does,
 * not as the constant names.
 */
@PgEnum("questcategoryenum")
public enum QuestCategory implements DbLabeled {
    WELLNESS("wellness"),
    REFLECTION("reflection"),
    SOCIAL("social"),
    SUPPORT("support"),
    LEARNING("learning");

    private final String dbLabel;

    QuestCategory(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<QuestCategory> {
        public Converter() {
            super(QuestCategory.class);
        }
    }
}
