package id.ac.ugm.aicare.model.clinical.journal;

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
 * One reflection the assistant drew from a journal entry for its author; written by the journal
 * analysis job. Part of the {@link JournalEntry} aggregate.
 */
@Entity
@Table(name = "journal_reflection_points",
       indexes = {
           @Index(name = "ix_journal_reflection_points_id", columnList = "id"),
           @Index(name = "ix_journal_reflection_points_journal_entry_id", columnList = "journal_entry_id"),
           @Index(name = "ix_journal_reflection_points_user_id", columnList = "user_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class JournalReflectionPoint extends SerialIdEntity {

    /** The entry; set through {@link JournalEntry#addReflectionPoint}. */
    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false)
    private JournalEntry journalEntry;

    /** The entry's author, copied from the entry when the point is added to it. */
    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Sensitive("reflection on what the student wrote")
    @NotBlank
    @Column(name = "reflection_text", nullable = false, columnDefinition = "text")
    private String reflectionText;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public JournalReflectionPoint(String reflectionText) {
        this.reflectionText = reflectionText;
    }

    /** Keeps the owning side in step with {@link JournalEntry}'s collection; only the aggregate calls it. */
    void attachTo(JournalEntry owner) {
        this.journalEntry = owner;
        if (owner != null) {
            this.user = owner.getUser();
        }
    }
}
