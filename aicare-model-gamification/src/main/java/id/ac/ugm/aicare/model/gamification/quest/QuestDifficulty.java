package id.ac.ugm.aicare.model.gamification.quest;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * How demanding a quest template is.
 * Stored as the lower-case values, as the original model's {@code values_callable} does,
 * not as the constant names.
 */
@PgEnum("questdifficultyenum")
public enum QuestDifficulty implements DbLabeled {
    EASY("easy"),
    STANDARD("standard"),
    CHALLENGE("challenge");

    private final String dbLabel;

    QuestDifficulty(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<QuestDifficulty> {
        public Converter() {
            super(QuestDifficulty.class);
        }
    }
}
