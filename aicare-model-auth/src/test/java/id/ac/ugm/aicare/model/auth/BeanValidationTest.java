package id.ac.ugm.aicare.model.auth;

import static id.ac.ugm.aicare.testing.validation.BeanValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.agent.AgentRole;
import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.auth.user.UserAuditLogEntry;
import id.ac.ugm.aicare.model.auth.user.UserClinicalRecord;
import id.ac.ugm.aicare.model.auth.user.UserConsentLedgerEntry;
import id.ac.ugm.aicare.model.auth.user.UserEmergencyContact;
import id.ac.ugm.aicare.model.auth.user.UserPreferences;
import id.ac.ugm.aicare.model.auth.user.UserProfile;
import id.ac.ugm.aicare.model.auth.user.UserSession;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BeanValidationTest {

    private static final Validator validator = BeanValidation.validator();

    @Test
    void minimalValidEntitiesPass() {
        User user = new User("student@mail.ugm.ac.id");
        assertThat(validator.validate(user)).isEmpty();
        assertThat(validator.validate(new UserProfile(user))).isEmpty();
        assertThat(validator.validate(new UserPreferences(user))).isEmpty();
        assertThat(validator.validate(new UserSession("token-1", user, Instant.now()))).isEmpty();
        assertThat(validator.validate(new UserEmergencyContact(user, "Siti", "Mother", "+628123456789"))).isEmpty();
        assertThat(validator.validate(new UserConsentLedgerEntry(user, "research", true, "v1.0"))).isEmpty();
        assertThat(validator.validate(new UserAuditLogEntry(user, "updated", "user_profiles"))).isEmpty();
        assertThat(validator.validate(new AgentUser("counselor-7", AgentRole.COUNSELOR))).isEmpty();
    }

    @Test
    void blankEmailIsRejectedOnTheEmailField() {
        Set<ConstraintViolation<User>> violations = validator.validate(new User("   "));

        assertThat(paths(violations)).containsOnly("email");
    }

    @Test
    void malformedEmailIsRejectedWithoutEchoingIt() {
        String rejected = "budi.santoso-at-mail.ugm.ac.id";
        Set<ConstraintViolation<User>> violations = validator.validate(new User(rejected));

        assertThat(paths(violations)).containsOnly("email");
        assertNoViolationMentions(violations, rejected);
    }

    @Test
    void overLongPhoneIsRejectedWithoutEchoingIt() {
        UserProfile profile = new UserProfile(new User("student@mail.ugm.ac.id"));
        String rejected = "+62 812 3456 7890 1234"; // 22 characters, the column is varchar(20)
        profile.setPhone(rejected);

        Set<ConstraintViolation<UserProfile>> violations = validator.validate(profile);

        assertThat(paths(violations)).containsOnly("phone");
        assertNoViolationMentions(violations, rejected);
    }

    @Test
    void overLongClinicalRiskLevelIsRejected() {
        UserClinicalRecord record = new UserClinicalRecord(new User("s@mail.ugm.ac.id"));
        record.setCurrentRiskLevel("x".repeat(21));

        assertThat(paths(validator.validate(record))).containsOnly("currentRiskLevel");
    }

    @Test
    void missingRequiredFieldsOfAnEmergencyContactAreEachNamed() {
        UserEmergencyContact contact = new UserEmergencyContact(new User("s@mail.ugm.ac.id"), null, "", null);

        assertThat(paths(validator.validate(contact)))
                .containsExactlyInAnyOrder("fullName", "relationshipToUser", "phone");
    }

    @Test
    void invalidContactEmailIsRejectedWithoutEchoingIt() {
        UserEmergencyContact contact = new UserEmergencyContact(
                new User("s@mail.ugm.ac.id"), "Siti Rahayu", "Mother", "+628123456789");
        String rejected = "siti rahayu@@example";
        contact.setEmail(rejected);

        Set<ConstraintViolation<UserEmergencyContact>> violations = validator.validate(contact);

        assertThat(paths(violations)).containsOnly("email");
        assertNoViolationMentions(violations, rejected);
    }

    @Test
    void consentEntryWithoutVersionIsRejected() {
        UserConsentLedgerEntry entry = new UserConsentLedgerEntry(new User("s@mail.ugm.ac.id"), "research", true, null);

        assertThat(paths(validator.validate(entry))).containsOnly("consentVersion");
    }

    @Test
    void agentUserWithoutRoleIsRejected() {
        AgentUser agent = new AgentUser("counselor-8", AgentRole.ADMIN);
        agent.setRole(null);

        assertThat(paths(validator.validate(agent))).containsOnly("role");
    }

    @Test
    void overLongSessionTokenIsRejectedWithoutEchoingIt() {
        String rejected = "t".repeat(256);
        Set<ConstraintViolation<UserSession>> violations =
                validator.validate(new UserSession(rejected, new User("s@mail.ugm.ac.id"), Instant.now()));

        assertThat(paths(violations)).containsOnly("id");
        assertNoViolationMentions(violations, rejected);
    }

    private static <T> void assertNoViolationMentions(Set<ConstraintViolation<T>> violations, String value) {
        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            assertThat(v.getMessage()).doesNotContain(value);
            assertThat(v.toString()).doesNotContain(value);
        });
    }
}
