package id.ac.ugm.aicare.model.content.survey;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One question of a {@link Survey}, with its type and answer options; written by the admin
 * screens. Created through {@link Survey#addQuestion(SurveyQuestion)}.
 */
@Entity
@Table(name = "survey_questions",
       indexes = @Index(name = "ix_survey_questions_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class SurveyQuestion extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private Survey survey;

    @NotBlank
    @Column(name = "question_text", columnDefinition = "text", nullable = false)
    private String questionText;

    @NotBlank
    @Column(name = "question_type", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String questionType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "options", columnDefinition = "json")
    private List<Object> options;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /**
     * The answers given to this question, across responses. Maintained by
     * {@link SurveyResponse#addAnswer(SurveyAnswer)}; here so that removing a question (or its survey)
     * removes its answers first, as {@code survey_answers.question_id} has no ON DELETE action.
     */
    @OneToMany(mappedBy = "question", cascade = CascadeType.REMOVE)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<SurveyAnswer> answers = new ArrayList<>();

    /** A question of {@code questionType} (e.g. {@code text}, {@code scale}, {@code choice}). */
    public SurveyQuestion(String questionText, String questionType) {
        this.questionText = questionText;
        this.questionType = questionType;
    }

    /** The answers given to this question, oldest first; read-only. */
    public List<SurveyAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    void linkAnswer(SurveyAnswer answer) {
        answers.add(answer);
    }

    void unlinkAnswer(SurveyAnswer answer) {
        answers.remove(answer);
    }
}
