package id.ac.ugm.aicare.model.core.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import lombok.Getter;
import lombok.ToString;

/**
 * An entity keyed by a {@code uuid} column named {@code id}. The key is made in Java before the
 * insert (the original platform did the same with {@code uuid4()}), so the database column has no
 * default.
 */
@MappedSuperclass
@Getter
@ToString(onlyExplicitlyIncluded = true)
public abstract class UuidIdEntity extends BaseEntity<UUID> {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @Column(name = "id", nullable = false)
    @ToString.Include
    private UUID id;
}
