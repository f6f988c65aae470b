package id.ac.ugm.aicare.spring.boot.serviceentity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service's own entity, in the service's own package: Boot finds it by scanning that package, as without the starter. */
@Entity
@Table(name = "service_notes")
public class ServiceNote {
    @Id
    private Long id;
}
