package id.ac.ugm.aicare.model.content.survey;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A student's answer to one {@link SurveyQuestion} within a {@link SurveyResponse}; written by the
 * survey API. Created through {@link SurveyResponse#addAnswer(SurveyQuestion, String)}.
 */
@Entity
@Table(name = "survey_answers",
       indexes = @Index(name = "ix_survey_answers_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class SurveyAnswer extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private SurveyResponse response;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    @Setter(AccessLevel.NONE)
    private SurveyQuestion question;

    @NotNull
    @Sensitive("what the student answered")
    @Column(name = "answer_text", columnDefinition = "text", nullable = false)
    private String answerText;

    /** An answer to {@code question}; add it with {@link SurveyResponse#addAnswer(SurveyAnswer)}. */
    public SurveyAnswer(SurveyQuestion question, String answerText) {
        this.question = question;
        this.answerText = answerText;
    }
}
