package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.badge.UserBadge;
import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.model.gamification.social.Tweet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation mirrors the columns: required, lengths. */
class GamificationValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void aCompleteQuestTemplateIsValid() {
        assertThat(validator.validate(new QuestTemplate("box-breathing", "Box breathing", "Breathe in fours")))
                .isEmpty();
    }

    @Test
    void questTemplateNeedsACodeOfAtMost64Characters() {
        assertThat(violatedFields(new QuestTemplate(" ", "Name", "Short"))).containsExactly("code");
        assertThat(violatedFields(new QuestTemplate("x".repeat(65), "Name", "Short"))).containsExactly("code");
        assertThat(violatedFields(new QuestTemplate("x".repeat(64), "Name", "Short"))).isEmpty();
    }

    @Test
    void questTemplateRejectsOverlongNameAndMissingEnums() {
        QuestTemplate template = new QuestTemplate("code", "n".repeat(121), "Short");
        template.setCategory(null);
        template.setDifficulty(null);
        template.setExtraData(null);
        assertThat(violatedFields(template)).containsExactlyInAnyOrder("name", "category", "difficulty", "extraData");
    }

    @Test
    void questInstanceNeedsUserTemplateAndDeadline() {
        assertThat(violatedFields(new QuestInstance(null, null)))
                .containsExactlyInAnyOrder("user", "template", "expiresAt");
        assertThat(violatedFields(new QuestInstance(null, LocalDateTime.now()))).doesNotContain("expiresAt");
    }

    @Test
    void complianceEntryNeedsAnActionButNoActor() {
        assertThat(violatedFields(new ComplianceAuditLog(null, null, "", null, null, Map.of())))
                .containsExactly("action");
        assertThat(violatedFields(new ComplianceAuditLog(null, "r".repeat(65), "export", null, null, null)))
                .containsExactly("actorRole");
    }

    @Test
    void badgeAndTweetNeedTheirExternalKeys() {
        assertThat(violatedFields(new UserBadge(null, null, "", " ")))
                .containsExactlyInAnyOrder("user", "badgeId", "contractAddress", "transactionHash");
        assertThat(violatedFields(new Tweet("t".repeat(256), null))).containsExactlyInAnyOrder("tweetId", "text");
    }

    private static Set<String> violatedFields(Object entity) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(entity);
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
