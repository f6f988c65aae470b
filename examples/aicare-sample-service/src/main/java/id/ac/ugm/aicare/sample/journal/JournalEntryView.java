package id.ac.ugm.aicare.sample.journal;

import java.time.LocalDate;
import java.util.List;

/** A journal entry as the API shows it to its author. */
public record JournalEntryView(Integer id, LocalDate entryDate, String content, List<String> tags) {

    /** Without the content: what a student wrote is never logged. */
    @Override
    public String toString() {
        return "JournalEntryView(id=" + id + ", entryDate=" + entryDate + ", tags=" + tags.size() + ")";
    }
}
