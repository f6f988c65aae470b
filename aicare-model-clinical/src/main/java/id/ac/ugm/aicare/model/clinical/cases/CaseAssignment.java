package id.ac.ugm.aicare.model.clinical.cases;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.UuidIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/**
 * One (re)assignment of a case to a counselor, kept as history; written by the case-management
 * service when an admin or the routing agent assigns the case. Part of the {@link Case} aggregate.
 */
@Entity
@Table(name = "case_assignments",
       indexes = {
           @Index(name = "ix_case_assignments_case_id", columnList = "case_id"),
           @Index(name = "ix_case_assignments_assigned_to", columnList = "assigned_to")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class CaseAssignment extends UuidIdEntity {

    /** The case; set through {@link Case#addAssignment}. Deleting the case deletes its history. */
    @NotNull
    @Setter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Case clinicalCase;

    /** The counselor assigned; cleared when their agent identity is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to", columnDefinition = "varchar(255)")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private AgentUser assignedTo;

    /** The account that made the assignment; cleared when it is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User assignedBy;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Setter(AccessLevel.NONE)
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Sensitive("free-text reason about a case")
    @Column(name = "reassignment_reason", columnDefinition = "text")
    private String reassignmentReason;

    /** The agent-user id of the counselor before this assignment (a plain value, no foreign key). */
    @Size(max = 255)
    @Column(name = "previous_assignee", length = 255)
    private String previousAssignee;

    public CaseAssignment(AgentUser assignedTo, User assignedBy) {
        this.assignedTo = assignedTo;
        this.assignedBy = assignedBy;
    }

    /** Keeps the owning side in step with {@link Case}'s collection; only the aggregate calls it. */
    void attachTo(Case owner) {
        this.clinicalCase = owner;
    }
}
