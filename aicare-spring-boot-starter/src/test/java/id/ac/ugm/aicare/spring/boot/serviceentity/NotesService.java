package id.ac.ugm.aicare.spring.boot.serviceentity;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service as a service is written: its application class and its own entity, nothing of the starter's. */
@SpringBootApplication
public class NotesService {
}
