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
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A summary of one of a student's chat sessions, kept as memory for later sessions; written by the
 * chat API when a session ends. Deleting the student deletes their summaries.
 */
@Entity
@Table(name = "user_summaries",
       indexes = {
           @Index(name = "ix_user_summaries_id", columnList = "id"),
           @Index(name = "ix_user_summaries_user_id", columnList = "user_id"),
           @Index(name = "ix_user_summaries_summarized_session_id", columnList = "summarized_session_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class UserSummary extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(name = "summarized_session_id", columnDefinition = "varchar")
    private String summarizedSessionId;

    @Sensitive("summary of what the student said")
    @NotBlank
    @Column(name = "summary_text", nullable = false, columnDefinition = "text")
    private String summaryText;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

    public UserSummary(User user, String summarizedSessionId, String summaryText) {
        this.user = user;
        this.summarizedSessionId = summarizedSessionId;
        this.summaryText = summaryText;
    }
}
