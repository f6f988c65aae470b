package id.ac.ugm.aicare.model.campaigns.system;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * One platform setting (threshold, schedule, switch) under its key, which admins change from the
 * dashboard; the key is the primary key.
 */
@Entity
@Table(name = "system_settings",
       indexes = @Index(name = "ix_system_settings_category", columnList = "category"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true)
public class SystemSetting extends BaseEntity<String> {

    @Id
    @NotBlank
    @Size(max = 255)
    @Column(name = "key", nullable = false, length = 255)
    @Setter(AccessLevel.NONE)
    @ToString.Include
    private String key;

    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "value", nullable = false)
    private Map<String, Object> value;

    @NotBlank
    @Size(max = 100)
    @Column(name = "category", nullable = false, length = 100)
    @ToString.Include
    private String category;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User updatedBy;

    @UpdateTimestamp
    @ColumnDefault("now()")
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private Instant updatedAt;

    /** A setting of a category under its key. */
    public SystemSetting(String key, String category, Map<String, Object> value) {
        this.key = key;
        this.category = category;
        this.value = value;
    }

    @Override
    public String getId() {
        return key;
    }
}
