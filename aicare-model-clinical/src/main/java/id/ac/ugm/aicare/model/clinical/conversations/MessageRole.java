package id.ac.ugm.aicare.model.clinical.conversations;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** Who spoke a {@link Message}. */
@PgEnum("message_role_enum")
public enum MessageRole implements DbLabeled {
    USER("user"),
    ASSISTANT("assistant"),
    SYSTEM("system");

    private final String dbLabel;

    MessageRole(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum; this one serves {@code Message.role} only. */
    public static final class Converter extends PgEnumConverter<MessageRole> {
        public Converter() {
            super(MessageRole.class, "Message.role");
        }
    }
}
