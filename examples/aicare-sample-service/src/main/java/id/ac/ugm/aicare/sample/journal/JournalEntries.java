package id.ac.ugm.aicare.sample.journal;

import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Journal entries, from the clinical model. */
public interface JournalEntries extends JpaRepository<JournalEntry, Integer> {

    List<JournalEntry> findByUserIdOrderByEntryDate(Integer userId);
}
