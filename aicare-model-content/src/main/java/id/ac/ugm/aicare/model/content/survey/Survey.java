package id.ac.ugm.aicare.model.content.survey;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * A feedback or wellbeing survey; written by the admin screens. Its {@link SurveyQuestion
 * questions} (in the order they were added) and the students' {@link SurveyResponse responses}
 * with their answers belong to this aggregate.
 */
@Entity
@Table(name = "surveys",
       indexes = @Index(name = "ix_surveys_id", columnList = "id"))
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class Survey extends SerialIdEntity {

    @NotBlank
    @Column(name = "title", columnDefinition = "varchar", nullable = false)
    @ToString.Include
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Size(max = 100)
    @Column(name = "category", length = 100)
    @ToString.Include
    private String category;

    @NotNull
    @Column(name = "is_active", nullable = false)
    @ToString.Include
    private Boolean isActive = false;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<SurveyResponse> responses = new ArrayList<>();

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private List<SurveyQuestion> questions = new ArrayList<>();

    public Survey(String title) {
        this.title = title;
    }

    /** The questions in the order they were added; read-only, change them through the helpers. */
    public List<SurveyQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    /** The responses, oldest first; read-only, change them through the helpers. */
    public List<SurveyResponse> getResponses() {
        return Collections.unmodifiableList(responses);
    }

    /** Appends a question and links both sides. */
    public SurveyQuestion addQuestion(SurveyQuestion question) {
        return ChildLinks.add(this, questions, question, SurveyQuestion::getSurvey, parent -> parent.questions,
                SurveyQuestion::setSurvey);
    }

    /** Removes a question, with the answers given to it; as orphans they are deleted at the next flush. */
    public void removeQuestion(SurveyQuestion question) {
        if (ChildLinks.remove(questions, question, SurveyQuestion::setSurvey)) {
            for (SurveyAnswer answer : question.getAnswers()) {
                if (answer.getResponse() != null) {
                    answer.getResponse().forgetAnswer(answer);
                }
            }
        }
    }

    /** Records a student's response and links both sides. */
    public SurveyResponse addResponse(SurveyResponse response) {
        return ChildLinks.add(this, responses, response, SurveyResponse::getSurvey, parent -> parent.responses,
                SurveyResponse::setSurvey);
    }

    /** Removes a response with its answers; as orphans they are deleted at the next flush. */
    public void removeResponse(SurveyResponse response) {
        ChildLinks.remove(responses, response, SurveyResponse::setSurvey);
    }
}
