package id.ac.ugm.aicare.model.campaigns.agent;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message an agent run logged (an event, a prompt, a reply); written by the agent
 * orchestrator as the run proceeds. Part of the {@link AgentRun} aggregate.
 */
@Entity
@Table(name = "agent_messages",
       indexes = {
           @Index(name = "ix_agent_messages_id", columnList = "id"),
           @Index(name = "ix_agent_messages_run_id", columnList = "run_id"),
           @Index(name = "ix_agent_messages_agent_name", columnList = "agent_name"),
           @Index(name = "ix_agent_messages_created_at", columnList = "created_at")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class AgentMessage extends SerialIdEntity {

    /** Set through {@link AgentRun#addMessage}. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private AgentRun run;

    @NotBlank
    @Size(max = 64)
    @Column(name = "agent_name", nullable = false, length = 64)
    @ToString.Include
    private String agentName;

    @NotBlank
    @Size(max = 32)
    @Column(name = "role", nullable = false, length = 32)
    @ToString.Include
    private String role = "system";

    @NotBlank
    @Size(max = 32)
    @Column(name = "message_type", nullable = false, length = 32)
    @ToString.Include
    private String messageType = "event";

    @Sensitive("what a student said or an agent answered")
    @NotBlank
    @Column(name = "content", nullable = false, columnDefinition = "text")
    private String content;

    @Sensitive("message context: may hold student details")
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metadata", columnDefinition = "json")
    private Map<String, Object> metadata;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    /** A message of an agent; add it to its run with {@link AgentRun#addMessage}. */
    public AgentMessage(String agentName, String content) {
        this.agentName = agentName;
        this.content = content;
    }
}
