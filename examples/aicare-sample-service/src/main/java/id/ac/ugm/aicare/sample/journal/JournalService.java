package id.ac.ugm.aicare.sample.journal;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.journal.JournalEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Writing and reading a student's journal: the models' entries with the service's own tags. */
@Service
public class JournalService {

    private final Students students;
    private final JournalEntries entries;
    private final JournalEntryTags tags;

    public JournalService(Students students, JournalEntries entries, JournalEntryTags tags) {
        this.students = students;
        this.entries = entries;
        this.tags = tags;
    }

    @Transactional
    public JournalEntryView write(int studentId, NewJournalEntry entry) {
        User student = students.findById(studentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no student " + studentId));
        JournalEntry saved = entries.saveAndFlush(new JournalEntry(student, entry.entryDate(), entry.content()));
        List<JournalEntryTag> savedTags = tags.saveAllAndFlush(
                entry.tags().stream().map(tag -> new JournalEntryTag(saved, tag)).toList());
        return view(saved, savedTags.stream().map(JournalEntryTag::getTag).toList());
    }

    @Transactional(readOnly = true)
    public List<JournalEntryView> entriesOf(int studentId) {
        List<JournalEntry> found = entries.findByUserIdOrderByEntryDate(studentId);
        Map<Integer, List<String>> tagsByEntry = tags.findByJournalEntryIdInOrderById(
                        found.stream().map(JournalEntry::getId).toList()).stream()
                .collect(Collectors.groupingBy(tag -> tag.getJournalEntry().getId(),
                        Collectors.mapping(JournalEntryTag::getTag, Collectors.toList())));
        return found.stream().map(entry -> view(entry, tagsByEntry.getOrDefault(entry.getId(), List.of()))).toList();
    }

    private static JournalEntryView view(JournalEntry entry, List<String> tags) {
        return new JournalEntryView(entry.getId(), entry.getEntryDate(), entry.getContent(), tags);
    }
}
