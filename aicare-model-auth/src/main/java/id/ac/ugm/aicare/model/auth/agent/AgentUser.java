package id.ac.ugm.aicare.model.auth.agent;

import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcType;

/**
 * The shadow identity of someone cases can be assigned to (in practice a counselor profile id),
 * with the role they act in; created get-or-create by the case assignment paths. It lives in auth,
 * not with campaigns, so that clinical cases can point to it without a module cycle.
 */
@Entity
@Table(name = "agent_users")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true)
public class AgentUser extends BaseEntity<String> {

    // Chosen by the caller (an id from another system), so no generator.
    @Id
    @Column(name = "id", nullable = false, columnDefinition = "varchar")
    @NotBlank
    @ToString.Include
    private String id;

    @Convert(converter = AgentRole.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    @Column(name = "role", nullable = false)
    @NotNull
    @Setter
    @ToString.Include
    private AgentRole role;

    @CreationTimestamp
    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public AgentUser(String id, AgentRole role) {
        this.id = Objects.requireNonNull(id, "id");
        this.role = Objects.requireNonNull(role, "role");
    }
}
