package id.ac.ugm.aicare.model.auth.agent;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** The role an {@link AgentUser} acts in; stored as the native type {@code agent_role_enum}. */
@PgEnum("agent_role_enum")
public enum AgentRole implements DbLabeled {
    ADMIN("admin"),
    COUNSELOR("counselor"),
    OPERATOR("operator"),
    STUDENT("student");

    private final String dbLabel;

    AgentRole(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<AgentRole> {
        public Converter() {
            super(AgentRole.class);
        }
    }
}
