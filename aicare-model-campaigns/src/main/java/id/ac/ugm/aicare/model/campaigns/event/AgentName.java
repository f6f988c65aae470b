package id.ac.ugm.aicare.model.campaigns.event;

import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/**
 * The platform agent that emitted an event: safety triage (STA), therapeutic coaching (TCA), case
 * management (CMA) and insights (IA). Labels equal the constant names.
 */
@PgEnum("agent_name_enum")
public enum AgentName {
    STA,
    TCA,
    CMA,
    IA;

    /** JPA needs one concrete converter class per enum. */
    public static final class Converter extends PgEnumConverter<AgentName> {
        public Converter() {
            super(AgentName.class);
        }
    }
}
