package id.ac.ugm.aicare.model.clinical.conversations;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
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
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * One exchange of a student's chat with the assistant: what the student said and what the
 * assistant answered (both PII-redacted), within a chat session; written by the chat API.
 *
 * <p>The agents' {@link Message} log refers to the same chat by {@code session_id} only; the
 * schema has no foreign key between the two tables.
 */
@Entity
@Table(name = "conversations",
       indexes = {
           @Index(name = "ix_conversations_id", columnList = "id"),
           @Index(name = "ix_conversations_session_id", columnList = "session_id"),
           @Index(name = "ix_conversations_conversation_id", columnList = "conversation_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Conversation extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotBlank
    @Column(name = "session_id", nullable = false, columnDefinition = "varchar")
    private String sessionId;

    /** The client's id for the conversation thread (a string, not this row's key). */
    @NotBlank
    @Column(name = "conversation_id", nullable = false, columnDefinition = "varchar")
    private String conversationId;

    @Sensitive("what the student wrote")
    @NotBlank
    @Column(name = "message", nullable = false, columnDefinition = "text")
    private String message;

    @Sensitive("assistant reply about the student's situation")
    @NotBlank
    @Column(name = "response", nullable = false, columnDefinition = "text")
    private String response;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

    public Conversation(User user, String sessionId, String conversationId, String message, String response) {
        this.user = user;
        this.sessionId = sessionId;
        this.conversationId = conversationId;
        this.message = message;
        this.response = response;
    }
}
