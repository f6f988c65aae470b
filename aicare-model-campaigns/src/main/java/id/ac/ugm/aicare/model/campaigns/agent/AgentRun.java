package id.ac.ugm.aicare.model.campaigns.agent;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of a platform agent (triage, coaching, case management, insights) on one action, with
 * its input, output and the messages it logged; written by the agent orchestrator.
 */
@Entity
@Table(name = "agent_runs",
       indexes = {
           @Index(name = "ix_agent_runs_id", columnList = "id"),
           @Index(name = "ix_agent_runs_agent_name", columnList = "agent_name"),
           @Index(name = "ix_agent_runs_action", columnList = "action"),
           @Index(name = "ix_agent_runs_status", columnList = "status"),
           @Index(name = "ix_agent_runs_correlation_id", columnList = "correlation_id"),
           @Index(name = "ix_agent_runs_triggered_by_user_id", columnList = "triggered_by_user_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class AgentRun extends SerialIdEntity {

    @NotBlank
    @Size(max = 64)
    @Column(name = "agent_name", nullable = false, length = 64)
    @ToString.Include
    private String agentName;

    @NotBlank
    @Size(max = 64)
    @Column(name = "action", nullable = false, length = 64)
    @ToString.Include
    private String action;

    @NotBlank
    @Size(max = 32)
    @Column(name = "status", nullable = false, length = 32)
    @ToString.Include
    private String status = "pending";

    /** Local time, as the original backend wrote it ({@code datetime.now}); defaults to now. */
    @NotNull
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Sensitive("may repeat the student content the run failed on")
    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    @Sensitive("agent input: may hold what a student wrote")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_payload", columnDefinition = "json")
    private Map<String, Object> inputPayload;

    @Sensitive("agent output: may hold replies to and assessments of a student")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "output_payload", columnDefinition = "json")
    private Map<String, Object> outputPayload;

    @NotBlank
    @Size(max = 128)
    @Column(name = "correlation_id", nullable = false, length = 128)
    @ToString.Include
    private String correlationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "triggered_by_user_id")
    private User triggeredBy;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<AgentMessage> messages = new ArrayList<>();

    /** A pending run of an agent's action, tied to a request by its correlation id. */
    public AgentRun(String agentName, String action, String correlationId) {
        this.agentName = agentName;
        this.action = action;
        this.correlationId = correlationId;
    }

    /** The messages the run logged, in the order they were written. */
    public List<AgentMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public void addMessage(AgentMessage message) {
        ChildLinks.add(this, messages, message, AgentMessage::getRun,
                parent -> parent.messages, AgentMessage::setRun);
    }

    public void removeMessage(AgentMessage message) {
        ChildLinks.remove(messages, message, AgentMessage::setRun);
    }
}
