package id.ac.ugm.aicare.model.gamification;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.violatedPaths;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bean Validation mirrors the columns: required, lengths. */
class GamificationValidationTest {

    private static final Validator validator = BeanValidation.validator();

    @Test
    void aCompleteQuestTemplateIsValid() {
        assertThat(validator.validate(new QuestTemplate("box-breathing", "Box breathing", "Breathe in fours")))
                .isEmpty();
    }

    @Test
    void questTemplateNeedsACodeOfAtMost64Characters() {
        assertThat(violatedPaths(new QuestTemplate(" ", "Name", "Short"))).containsExactly("code");
        assertThat(violatedPaths(new QuestTemplate("x".repeat(65), "Name", "Short"))).containsExactly("code");
        assertThat(violatedPaths(new QuestTemplate("x".repeat(64), "Name", "Short"))).isEmpty();
    }

    @Test
    void questTemplateRejectsOverlongNameAndMissingEnums() {
        QuestTemplate template = new QuestTemplate("code", "n".repeat(121), "Short");
        template.setCategory(null);
        template.setDifficulty(null);
        template.setExtraData(null);
        assertThat(violatedPaths(template)).containsExactlyInAnyOrder("name", "category", "difficulty", "extraData");
    }

    @Test
    void questInstanceNeedsUserTemplateAndDeadline() {
        assertThat(violatedPaths(new QuestInstance(null, null)))
                .containsExactlyInAnyOrder("user", "template", "expiresAt");
        assertThat(violatedPaths(new QuestInstance(null, LocalDateTime.now()))).doesNotContain("expiresAt");
    }

    @Test
    void complianceEntryNeedsAnActionButNoActor() {
        assertThat(violatedPaths(new ComplianceAuditLog(null, null, "", null, null, Map.of())))
                .containsExactly("action");
        assertThat(violatedPaths(new ComplianceAuditLog(null, "r".repeat(65), "export", null, null, null)))
                .containsExactly("actorRole");
    }

    @Test
    void badgeAndTweetNeedTheirExternalKeys() {
        assertThat(violatedPaths(new UserBadge(null, null, "", " ")))
                .containsExactlyInAnyOrder("user", "badgeId", "contractAddress", "transactionHash");
        assertThat(violatedPaths(new Tweet("t".repeat(256), null))).containsExactlyInAnyOrder("tweetId", "text");
    }
}
