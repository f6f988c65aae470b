package id.ac.ugm.aicare.model.campaigns.event;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;

/**
 * One step an agent took for a (pseudonymised) user, with its intent, risk flag, latency and token
 * cost; the agents append these for analytics and never update them.
 *
 * <p>The risk flag runs from 0 (none) to 3 (highest); the database enforces it with the CHECK
 * constraint {@value #RISK_FLAG_RANGE}, and Bean Validation refuses an out-of-range value first.
 */
@Entity
@Table(name = "events",
       indexes = {
           @Index(name = "ix_events_agent_created_at", columnList = "agent, created_at"),
           @Index(name = "ix_events_intent_created_at", columnList = "intent, created_at"),
           @Index(name = "ix_events_risk_flag_created_at", columnList = "risk_flag, created_at"),
           @Index(name = "ix_events_created_at", columnList = "created_at"),
           @Index(name = "ix_events_user_hash", columnList = "user_hash")
       },
       check = @CheckConstraint(name = Event.RISK_FLAG_RANGE, constraint = "risk_flag >= 0 AND risk_flag <= 3"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Event extends UuidIdEntity {

    /** Name of the CHECK constraint that keeps {@code risk_flag} within 0..3. */
    public static final String RISK_FLAG_RANGE = "events_risk_flag_range";

    /** Lowest risk flag: no risk seen. */
    public static final int MIN_RISK_FLAG = 0;

    /** Highest risk flag. */
    public static final int MAX_RISK_FLAG = 3;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private Instant createdAt;

    @Sensitive("pseudonymous identifier of a user")
    @NotBlank
    @Column(name = "user_hash", nullable = false, columnDefinition = "varchar")
    private String userHash;

    @Sensitive("links the event to a user's conversation")
    @Column(name = "session_id", columnDefinition = "varchar")
    private String sessionId;

    @NotNull
    @Convert(converter = AgentName.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "agent", nullable = false)
    @ToString.Include
    private AgentName agent;

    @Sensitive("what the student's message was classified as")
    @Column(name = "intent", columnDefinition = "varchar")
    private String intent;

    @Sensitive("risk assessment of a user")
    @Min(MIN_RISK_FLAG)
    @Max(MAX_RISK_FLAG)
    @Column(name = "risk_flag")
    private Short riskFlag;

    @NotBlank
    @Column(name = "step", nullable = false, columnDefinition = "varchar")
    @ToString.Include
    private String step;

    @Column(name = "resource_id", columnDefinition = "varchar")
    private String resourceId;

    @Column(name = "latency_ms")
    private Integer latencyMs;

    @Column(name = "tokens_in")
    private Integer tokensIn;

    @Column(name = "tokens_out")
    private Integer tokensOut;

    @Column(name = "cost_cents")
    private Integer costCents;

    @Column(name = "outcome", columnDefinition = "varchar")
    private String outcome;

    @Column(name = "consent_scope", columnDefinition = "varchar")
    private String consentScope;

    /** An event of an agent's step for the user behind {@code userHash}. */
    public Event(AgentName agent, String step, String userHash) {
        this.agent = agent;
        this.step = step;
        this.userHash = userHash;
    }
}
