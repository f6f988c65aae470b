package id.ac.ugm.aicare.model.core.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import lombok.ToString;

/**
 * An entity whose key is the platform's usual {@code id serial}: an integer filled by the
 * database's own sequence. {@code IDENTITY} makes Hibernate read the key back from the insert,
 * which works the same against a {@code serial} column as against an identity column.
 */
@MappedSuperclass
@Getter
@ToString(onlyExplicitlyIncluded = true)
public abstract class SerialIdEntity extends BaseEntity<Integer> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    @ToString.Include
    private Integer id;
}
