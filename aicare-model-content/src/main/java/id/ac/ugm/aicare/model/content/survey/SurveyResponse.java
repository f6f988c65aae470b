package id.ac.ugm.aicare.model.content.survey;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
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

/**
 * One student's submission of a {@link Survey}; written by the survey API when the student submits.
 * Its {@link SurveyAnswer answers}, in the order given, belong to it. Created through
 * {@link Survey#addResponse(SurveyResponse)}.
 */
@Entity
@Table(name = "survey_responses",
       indexes = @Index(name = "ix_survey_responses_id", columnList = "id"))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class SurveyResponse extends SerialIdEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private Survey survey;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    private List<SurveyAnswer> answers = new ArrayList<>();

    /** A response by {@code user}; add it to the survey with {@link Survey#addResponse}. */
    public SurveyResponse(User user) {
        this.user = user;
    }

    /** The answers in the order given; read-only, add them through the helpers. */
    public List<SurveyAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    /**
     * Adds an answer and links every side: this response and the answered question. An answer moved
     * here from another response leaves that one; its question has it already.
     */
    public SurveyAnswer addAnswer(SurveyAnswer answer) {
        boolean unlinked = answer.getResponse() == null; // an answer is on its question while it is on a response
        ChildLinks.add(this, answers, answer, SurveyAnswer::getResponse, parent -> parent.answers,
                SurveyAnswer::setResponse);
        if (unlinked && answer.getQuestion() != null) {
            answer.getQuestion().linkAnswer(answer);
        }
        return answer;
    }

    /** Answers {@code question} with {@code text}. */
    public SurveyAnswer addAnswer(SurveyQuestion question, String text) {
        return addAnswer(new SurveyAnswer(question, text));
    }

    /** Removes an answer; as an orphan it is deleted at the next flush. */
    public void removeAnswer(SurveyAnswer answer) {
        if (ChildLinks.remove(answers, answer, SurveyAnswer::setResponse)) {
            if (answer.getQuestion() != null) {
                answer.getQuestion().unlinkAnswer(answer);
            }
        }
    }

    /** Drops an answer that is being deleted with its question. */
    void forgetAnswer(SurveyAnswer answer) {
        answers.remove(answer);
    }
}
