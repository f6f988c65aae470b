package id.ac.ugm.aicare.model.clinical.feedback;

import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/** One answer to the post-chat feedback survey (ratings and a suggestion); written by the feedback API. */
@Entity
@Table(name = "feedback",
       indexes = {
           @Index(name = "ix_feedback_id", columnList = "id"),
           @Index(name = "ix_feedback_user_id", columnList = "user_id"),
           @Index(name = "ix_feedback_session_id", columnList = "session_id")
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(onlyExplicitlyIncluded = true, callSuper = true)
public class Feedback extends SerialIdEntity {

    /** The student who answered, if signed in. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "session_id", columnDefinition = "varchar")
    private String sessionId;

    @Column(name = "ease_of_use_rating")
    private Integer easeOfUseRating;

    @Column(name = "chatbot_understanding_rating")
    private Integer chatbotUnderstandingRating;

    @Column(name = "felt_understood_rating")
    private Integer feltUnderstoodRating;

    @Column(name = "nps_rating")
    private Integer npsRating;

    @Sensitive("student's own answer")
    @Column(name = "goal_achieved", columnDefinition = "varchar")
    private String goalAchieved;

    @Sensitive("what the student wrote")
    @NotBlank
    @Column(name = "improvement_suggestion", nullable = false, columnDefinition = "text")
    private String improvementSuggestion;

    @Column(name = "category", columnDefinition = "varchar")
    @ToString.Include
    private String category;

    @UtcCreationTimestamp
    @Setter(AccessLevel.NONE)
    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

    public Feedback(User user, String improvementSuggestion) {
        this.user = user;
        this.improvementSuggestion = improvementSuggestion;
    }
}
