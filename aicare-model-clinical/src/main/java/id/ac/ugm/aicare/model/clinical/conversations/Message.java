package id.ac.ugm.aicare.model.clinical.conversations;

import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.schema.IndexMethod;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One turn of a chat session as the safety agents log it (redacted content, the tools the
 * assistant called, a trace id); written by the agent orchestrator. It names its chat session by
 * {@code session_id}, which {@link Conversation} rows share: the schema has no foreign key here.
 */
@Entity
@Table(name = "messages",
       indexes = {
           @Index(name = "ix_messages_tools_used", columnList = "tools_used"),
           @Index(name = "ix_messages_session_id", columnList = "session_id"),
           @Index(name = "ix_messages_ts", columnList = "ts")
       })
@IndexMethod(index = "ix_messages_tools_used", using = "gin")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Message extends UuidIdEntity {

    @NotBlank
    @Column(name = "session_id", nullable = false, columnDefinition = "varchar")
    private String sessionId;

    @NotNull
    @Convert(converter = MessageRole.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "role", nullable = false)
    @ToString.Include
    private MessageRole role;

    @Sensitive("what the student or assistant said")
    @NotBlank
    @Column(name = "content_redacted", nullable = false, columnDefinition = "text")
    private String contentRedacted;

    /** Names of the tools the assistant called for this turn (a JSONB array, GIN-indexed). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tools_used")
    private List<String> toolsUsed;

    @Column(name = "trace_id", columnDefinition = "varchar")
    private String traceId;

    @CreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "ts", nullable = false)
    private Instant ts;

    public Message(String sessionId, MessageRole role, String contentRedacted) {
        this.sessionId = sessionId;
        this.role = role;
        this.contentRedacted = contentRedacted;
    }
}
