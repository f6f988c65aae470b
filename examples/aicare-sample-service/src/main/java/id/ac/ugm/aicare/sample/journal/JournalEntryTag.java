package id.ac.ugm.aicare.sample.journal;

import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A tag a student puts on one of their journal entries. The table is the service's own: its
 * migration is in the service's line ({@code db/service/journal}), not in clinical's.
 */
@Entity
@Table(name = "journal_entry_tags")
public class JournalEntryTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false)
    private JournalEntry journalEntry;

    @NotBlank
    @Size(max = 40)
    @Column(name = "tag", nullable = false, length = 40)
    private String tag;

    protected JournalEntryTag() {
    }

    public JournalEntryTag(JournalEntry journalEntry, String tag) {
        this.journalEntry = journalEntry;
        this.tag = tag;
    }

    public Long getId() {
        return id;
    }

    public JournalEntry getJournalEntry() {
        return journalEntry;
    }

    public String getTag() {
        return tag;
    }

    /** The id only: a tag says something about a student's state of mind. */
    @Override
    public String toString() {
        return "JournalEntryTag(id=" + id + ")";
    }
}
