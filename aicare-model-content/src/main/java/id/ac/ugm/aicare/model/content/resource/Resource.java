package id.ac.ugm.aicare.model.content.resource;

import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * A support service students can be referred to (a helpline, a campus counselling unit), keyed by
 * a stable text id, with who is eligible and how to reach it; written by the resource catalogue
 * admin and read by the referral agents.
 */
@Entity
@Table(name = "resources")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true)
public class Resource extends BaseEntity<String> {

    /** The stable text key chosen by the catalogue (not generated). */
    @NotBlank
    @Id
    @Column(name = "resource_id", columnDefinition = "varchar", nullable = false)
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private String resourceId;

    @NotBlank
    @Column(name = "title", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String title;

    @Column(name = "category", columnDefinition = "varchar")
    @ToString.Include
    private String category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligibility")
    private Map<String, Object> eligibility;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact")
    private Map<String, Object> contact;

    @Column(name = "url", columnDefinition = "varchar")
    private String url;

    @NotNull
    @Column(name = "active", nullable = false)
    @ToString.Include
    private Boolean active = true;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant updatedAt;

    /** The resource {@code resourceId} titled {@code title}. */
    public Resource(String resourceId, String title) {
        this.resourceId = resourceId;
        this.title = title;
    }

    @Override
    public String getId() {
        return resourceId;
    }
}
