package id.ac.ugm.aicare.model.content.resource;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One piece of knowledge-base content (an article, a PDF, a link) that the assistant retrieves
 * from, with its storage location and embedding progress; written by the content admin screens and
 * the embedding job.
 */
@Entity
@Table(name = "content_resources",
       indexes = @Index(name = "ix_content_resources_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class ContentResource extends SerialIdEntity {

    @NotBlank
    @Size(max = 255)
    @Column(name = "title", length = 255, nullable = false)
    @ToString.Include
    private String title;

    @NotNull
    @Column(name = "content", columnDefinition = "text", nullable = false)
    private String content = "";

    @Size(max = 255)
    @Column(name = "source", length = 255)
    private String source;

    @NotBlank
    @Size(max = 50)
    @Column(name = "type", length = 50, nullable = false)
    @ToString.Include
    private String type = "text";

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags", columnDefinition = "json")
    private List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metadata", columnDefinition = "json")
    private Map<String, Object> metadata = new HashMap<>();

    @Size(max = 100)
    @Column(name = "mime_type", length = 100)
    private String mimeType;

    @NotBlank
    @Size(max = 50)
    @Column(name = "storage_backend", length = 50, nullable = false)
    private String storageBackend = "database";

    @Size(max = 255)
    @Column(name = "object_storage_key", length = 255)
    private String objectStorageKey;

    @Size(max = 255)
    @Column(name = "object_storage_bucket", length = 255)
    private String objectStorageBucket;

    @NotBlank
    @Size(max = 50)
    @Column(name = "embedding_status", length = 50, nullable = false)
    @ToString.Include
    private String embeddingStatus = "pending";

    @Column(name = "embedding_last_processed_at")
    private LocalDateTime embeddingLastProcessedAt;

    @NotNull
    @Column(name = "chunk_count", nullable = false)
    private Integer chunkCount = 0;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /** Content titled {@code title}, stored in the database as text until told otherwise. */
    public ContentResource(String title, String content) {
        this.title = title;
        this.content = content;
    }
}
