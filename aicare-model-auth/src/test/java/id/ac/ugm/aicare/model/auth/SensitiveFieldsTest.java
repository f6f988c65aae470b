package id.ac.ugm.aicare.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.auth.user.UserAuditLogEntry;
import id.ac.ugm.aicare.model.auth.user.UserClinicalRecord;
import id.ac.ugm.aicare.model.auth.user.UserConsentLedgerEntry;
import id.ac.ugm.aicare.model.auth.user.UserEmergencyContact;
import id.ac.ugm.aicare.model.auth.user.UserPreferences;
import id.ac.ugm.aicare.model.auth.user.UserProfile;
import id.ac.ugm.aicare.model.auth.user.UserSession;
import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal or clinical: roles, workflow and consent vocabulary,
     * interface settings, opaque agent ids. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "User.role", "User.preferredLanguage", "User.preferredTimezone", "User.interfacePreferences",
            "UserProfile.country",
            "UserSession.deviceType",
            "UserAuditLogEntry.action", "UserAuditLogEntry.tableName", "UserAuditLogEntry.changedByRole",
            "UserAuditLogEntry.requestId",
            "UserClinicalRecord.accessLevel",
            "UserPreferences.preferredLanguage", "UserPreferences.preferredTimezone", "UserPreferences.dateFormat",
            "UserPreferences.timeFormat", "UserPreferences.notificationFrequency", "UserPreferences.emailFrequency",
            "UserPreferences.theme", "UserPreferences.fontSize", "UserPreferences.colorScheme",
            "UserPreferences.checkInFrequency", "UserPreferences.profileVisibility",
            "UserPreferences.aikaPersonality", "UserPreferences.aikaResponseLength",
            "UserEmergencyContact.consentMethod",
            "UserConsentLedgerEntry.consentType", "UserConsentLedgerEntry.scope",
            "UserConsentLedgerEntry.consentVersion", "UserConsentLedgerEntry.consentDocumentUrl",
            "UserConsentLedgerEntry.consentLanguage", "UserConsentLedgerEntry.deviceType",
            "UserConsentLedgerEntry.consentMethod",
            "AgentUser.id");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new AuthModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


    private final List<Class<?>> entities = new AuthModelModule().entityClasses();

    @Test
    void noSensitiveFieldReachesToString() {
        assertThat(SensitiveFieldAudit.audit(entities)).isEmpty();
    }

    @Test
    void everyTableWithPersonalDataMarksItsPersonalFields() {
        // agent_users holds an opaque id and a role only; every other auth table holds personal data.
        entities.stream()
                .filter(entity -> entity != AgentUser.class)
                .forEach(entity -> assertThat(SensitiveFieldAudit.sensitiveFieldNames(entity))
                        .as("sensitive fields of %s", entity.getSimpleName())
                        .isNotEmpty());
    }

    @Test
    void theObviouslyPersonalFieldsAreAmongThem() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(User.class))
                .contains("email", "name", "phone", "dateOfBirth", "passwordHash", "passwordResetToken",
                        "emergencyContactPhone", "clinicalSummary", "therapyNotes", "aicareTeamNotes");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserProfile.class))
                .contains("firstName", "lastName", "phone", "dateOfBirth", "studentId", "bio", "interests");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserSession.class))
                .contains("id", "ipAddress", "userAgent");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserAuditLogEntry.class))
                .contains("changedFields", "changeReason", "ipAddress", "userAgent");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserClinicalRecord.class))
                .contains("currentRiskLevel", "lastRiskScore", "clinicalSummary", "diagnosedConditions",
                        "warningSigns", "medicationNotes", "prescribingDoctor", "aicareTeamNotes");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserPreferences.class))
                .contains("accessibilityNotes", "checkInCode");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserEmergencyContact.class))
                .contains("fullName", "phone", "email", "address", "notes");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserConsentLedgerEntry.class))
                .contains("ipAddress", "userAgent");
    }

    @Test
    void theModuleIsFoundThroughServiceLoaderWithAllNineTables() {
        assertThat(ServiceLoader.load(ModelModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(AuthModelModule.class);
        ModelModule module = new AuthModelModule();
        assertThat(module.name()).isEqualTo("auth");
        assertThat(module.dependsOn()).isEmpty();
        assertThat(module.entityClasses()).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void aCounselorReviewFlagAndWhereAStudentStudiesAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserClinicalRecord.class))
                .contains("flaggedForReview", "flaggedAt", "flaggedReason");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(User.class)).contains("university", "major", "yearOfStudy");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(UserProfile.class))
                .contains("university", "faculty", "department", "major");
    }
}
