package id.ac.ugm.aicare.sample.journal;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The journal API: {@code /students/{studentId}/journal-entries}. */
@RestController
@RequestMapping("/students/{studentId}/journal-entries")
public class JournalController {

    private final JournalService journal;

    public JournalController(JournalService journal) {
        this.journal = journal;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public JournalEntryView write(@PathVariable int studentId, @RequestBody NewJournalEntry entry) {
        return journal.write(studentId, entry);
    }

    @GetMapping
    public List<JournalEntryView> entries(@PathVariable int studentId) {
        return journal.entriesOf(studentId);
    }

    /** The models' Bean Validation refused the entry: say which fields, never their values. */
    @ExceptionHandler(ConstraintViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, List<String>> refused(ConstraintViolationException refusal) {
        return Map.of("invalid", refusal.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString()).sorted().toList());
    }
}
