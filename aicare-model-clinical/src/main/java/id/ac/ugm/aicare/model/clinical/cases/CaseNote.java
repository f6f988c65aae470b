package id.ac.ugm.aicare.model.clinical.cases;

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
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One note a counselor writes on a case; part of the {@link Case} aggregate. */
@Entity
@Table(name = "case_notes",
       indexes = {
           @Index(name = "ix_case_notes_case_id", columnList = "case_id"),
           @Index(name = "ix_case_notes_author_id", columnList = "author_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class CaseNote extends SerialIdEntity {

    /** The case; set through {@link Case#addNote}. Deleting the case deletes the note. */
    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Case clinicalCase;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who wrote the note; cleared when that account is deleted, the note stays. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User author;

    @Sensitive("clinical note")
    @NotBlank
    @Column(name = "note", nullable = false, columnDefinition = "text")
    private String note;

    public CaseNote(User author, String note) {
        this.author = author;
        this.note = note;
    }

    /** Keeps the owning side in step with {@link Case}'s collection; only the aggregate calls it. */
    void attachTo(Case owner) {
        this.clinicalCase = owner;
    }
}
