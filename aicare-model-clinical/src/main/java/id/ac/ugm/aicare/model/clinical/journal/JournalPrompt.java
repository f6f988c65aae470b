package id.ac.ugm.aicare.model.clinical.journal;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/** A writing prompt offered to students when they open the journal; curated by admins. */
@Entity
@Table(name = "journal_prompts",
       indexes = {
           @Index(name = "ix_journal_prompts_id", columnList = "id"),
           @Index(name = "ix_journal_prompts_category", columnList = "category")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class JournalPrompt extends SerialIdEntity {

    @Column(name = "category", columnDefinition = "varchar")
    @ToString.Include
    private String category;

    @NotBlank
    @Column(name = "text", nullable = false, columnDefinition = "text")
    private String text;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @ToString.Include
    private Boolean isActive = true;

    public JournalPrompt(String category, String text) {
        this.category = category;
        this.text = text;
    }
}
