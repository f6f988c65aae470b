package id.ac.ugm.aicare.model.clinical.journal;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.ChildLinks;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * The journal entry a student writes for one day (at most one per day), with the reflection
 * points the assistant drew from it; written by the journal API.
 */
@Entity
@Table(name = "journal_entries",
       indexes = {
           @Index(name = "ix_journal_entries_id", columnList = "id"),
           @Index(name = "ix_journal_entries_user_id", columnList = "user_id"),
           @Index(name = "ix_journal_entries_entry_date", columnList = "entry_date")
       },
       uniqueConstraints = @UniqueConstraint(name = "_user_entry_date_uc", columnNames = {"user_id", "entry_date"}))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class JournalEntry extends SerialIdEntity {

    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotNull
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Sensitive("what the student wrote")
    @NotBlank
    @Column(name = "content", nullable = false, columnDefinition = "text")
    private String content;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** The prompt the student answered, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prompt_id")
    private JournalPrompt prompt;

    /**
     * The reflection points, oldest first. The foreign key has no ON DELETE, so the database
     * refuses to delete an entry that still has points; removing the entry through JPA removes
     * them first.
     */
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    @OneToMany(mappedBy = "journalEntry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<JournalReflectionPoint> reflectionPoints = new ArrayList<>();

    public JournalEntry(User user, LocalDate entryDate, String content) {
        this.user = user;
        this.entryDate = entryDate;
        this.content = content;
    }

    /** The reflection points, oldest first; change them through {@link #addReflectionPoint} and {@link #removeReflectionPoint}. */
    public List<JournalReflectionPoint> getReflectionPoints() {
        return Collections.unmodifiableList(reflectionPoints);
    }

    /**
     * Adds a reflection point to this entry, taking it from any entry it was on before. A point
     * belongs to the entry's author, so its user is set to this entry's user.
     */
    public JournalReflectionPoint addReflectionPoint(JournalReflectionPoint point) {
        return ChildLinks.add(this, reflectionPoints, point, JournalReflectionPoint::getJournalEntry, parent -> parent.reflectionPoints, JournalReflectionPoint::attachTo);
    }

    /** Removes a reflection point from this entry; the row is deleted on flush. */
    public void removeReflectionPoint(JournalReflectionPoint point) {
        ChildLinks.remove(reflectionPoints, point, JournalReflectionPoint::attachTo);
    }
}
