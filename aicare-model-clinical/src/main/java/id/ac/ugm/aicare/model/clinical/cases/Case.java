package id.ac.ugm.aicare.model.clinical.cases;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.clinical.conversations.Conversation;
import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One safety case opened for a student (known only by a hash) when the triage agent sees risk,
 * worked by counselors through notes and assignments; written by the case-management service.
 * The case owns its {@link CaseNote notes} and {@link CaseAssignment assignments}: deleting it
 * deletes them.
 */
@Entity
@Table(name = "cases",
       indexes = @Index(name = "ix_cases_assigned_to", columnList = "assigned_to"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Case extends UuidIdEntity {

    @CreationTimestamp
    @ColumnDefault("now()")
    @Setter(AccessLevel.NONE)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @ColumnDefault("now()")
    @Setter(AccessLevel.NONE)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotNull
    @Convert(converter = CaseStatus.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "status", nullable = false)
    @ToString.Include
    private CaseStatus status;

    @Sensitive("risk assessment of the student")
    @NotNull
    @Convert(converter = CaseSeverity.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "severity", nullable = false)
    private CaseSeverity severity;

    /** The counselor currently responsible; cleared when their agent identity is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to", columnDefinition = "varchar")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private AgentUser assignedTo;

    /** Pseudonymous hash of the student; links cases of one student without naming them. */
    @Sensitive("pseudonymous student identifier")
    @NotBlank
    @Column(name = "user_hash", nullable = false, columnDefinition = "varchar")
    private String userHash;

    @Column(name = "session_id", columnDefinition = "varchar")
    private String sessionId;

    /** The conversation that raised the case; cleared when the conversation is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Conversation conversation;

    @Sensitive("clinical summary")
    @Column(name = "summary_redacted", columnDefinition = "text")
    private String summaryRedacted;

    @Column(name = "sla_breach_at")
    private Instant slaBreachAt;

    @Sensitive("free-text clinical reason")
    @Column(name = "closure_reason", columnDefinition = "text")
    private String closureReason;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CaseNote> notes = new ArrayList<>();

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assignedAt, id")
    private List<CaseAssignment> assignments = new ArrayList<>();

    public Case(CaseStatus status, CaseSeverity severity, String userHash) {
        this.status = status;
        this.severity = severity;
        this.userHash = userHash;
    }

    /** The notes, oldest first; change them through {@link #addNote} and {@link #removeNote}. */
    public List<CaseNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    /** The assignment history, oldest first; change it through {@link #addAssignment} and {@link #removeAssignment}. */
    public List<CaseAssignment> getAssignments() {
        return Collections.unmodifiableList(assignments);
    }

    /** Adds a note to this case, taking it from any case it was on before. */
    public CaseNote addNote(CaseNote note) {
        return ChildLinks.add(this, notes, note, CaseNote::getClinicalCase, parent -> parent.notes, CaseNote::attachTo);
    }

    /** Removes a note from this case; the note row is deleted on flush. */
    public void removeNote(CaseNote note) {
        ChildLinks.remove(notes, note, CaseNote::attachTo);
    }

    /** Records an assignment of this case, taking it from any case it was on before. */
    public CaseAssignment addAssignment(CaseAssignment assignment) {
        return ChildLinks.add(this, assignments, assignment, CaseAssignment::getClinicalCase, parent -> parent.assignments, CaseAssignment::attachTo);
    }

    /** Removes an assignment from this case; the row is deleted on flush. */
    public void removeAssignment(CaseAssignment assignment) {
        ChildLinks.remove(assignments, assignment, CaseAssignment::attachTo);
    }
}
