package id.ac.ugm.aicare.sample.journal;

import java.time.LocalDate;
import java.util.List;

/** What a student sends to write a journal entry. */
public record NewJournalEntry(LocalDate entryDate, String content, List<String> tags) {

    public NewJournalEntry {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Without the content: what a student wrote is never logged. */
    @Override
    public String toString() {
        return "NewJournalEntry(entryDate=" + entryDate + ", tags=" + tags.size() + ")";
    }
}
