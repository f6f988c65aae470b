package id.ac.ugm.aicare.sample.journal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The service's own tags. */
public interface JournalEntryTags extends JpaRepository<JournalEntryTag, Long> {

    List<JournalEntryTag> findByJournalEntryIdInOrderById(Collection<Integer> journalEntryIds);
}
