package id.ac.ugm.aicare.model.gamification.social;

import id.ac.ugm.aicare.model.core.time.UtcUpdateTimestamp;
import id.ac.ugm.aicare.model.core.time.UtcCreationTimestamp;
import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import id.ac.ugm.aicare.model.core.sensitive.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

/**
 * A post collected from X/Twitter with its sentiment score; written by the social-listening job.
 */
@Entity
@Table(name = "tweets",
       indexes = {
           @Index(name = "ix_tweets_id", columnList = "id"),
           @Index(name = "ix_tweets_tweet_id", columnList = "tweet_id", unique = true)
       })
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@ToString(callSuper = true, onlyExplicitlyIncluded = true)
public class Tweet extends SerialIdEntity {

    @Sensitive("leads to the student's Twitter account")
    @NotBlank
    @Size(max = 255)
    @Column(name = "tweet_id", length = 255, nullable = false)
    private String tweetId;

    @NotNull
    @Sensitive("what the author wrote")
    @Column(name = "text", columnDefinition = "varchar", nullable = false)
    private String text;

    @NotNull
    @Column(name = "sentiment_score", nullable = false)
    private Double sentimentScore = 0.0;

    @UtcCreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @UtcUpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    @Setter(AccessLevel.NONE)
    private LocalDateTime updatedAt;

    /** The tweet with X's id {@code tweetId} and its {@code text}. */
    public Tweet(String tweetId, String text) {
        this.tweetId = tweetId;
        this.text = text;
    }
}
