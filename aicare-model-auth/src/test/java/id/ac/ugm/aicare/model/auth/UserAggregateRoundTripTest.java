package id.ac.ugm.aicare.model.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes users with every satellite through JPA into a real PostgreSQL database created from the
 * rendered DDL, reads them back in a fresh persistence context and checks the database's own
 * ON DELETE rules.
 */
@PostgresTest
class UserAggregateRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover();
        assertThat(catalog.moduleNames()).containsExactly("auth");
        db = JpaTestDatabase.create(database, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
    }

    @Test
    void userAndEverySatelliteReadBackFieldByField() {
        User counselor = new User(unique("counselor") + "@ugm.ac.id");
        counselor.setRole("counselor");
        User student = fullyFilledUser();
        UserEmergencyContact mother = new UserEmergencyContact(student, "Siti Rahayu", "Mother", "+628123450001");
        mother.setPriority(2);
        mother.setEmail("siti.rahayu@example.id");
        mother.setAddress("Jl. Kaliurang KM 5, Sleman");
        mother.setConsentToContact(true);
        mother.setConsentGrantedDate(LocalDate.of(2025, 9, 1));
        mother.setLastContactedAt(Instant.parse("2025-10-02T03:04:05.123456Z"));
        UserEmergencyContact advisor = new UserEmergencyContact(student, "Dr. Bambang", "Academic Advisor", "+62274500");
        advisor.setCanReceiveCrisisAlerts(false);
        student.addEmergencyContact(mother);
        student.addEmergencyContact(advisor);

        UserProfile profile = fullyFilledProfile(student);
        UserPreferences preferences = fullyFilledPreferences(student);
        UserClinicalRecord clinical = fullyFilledClinicalRecord(student, counselor);
        UserSession session = new UserSession(unique("token"), student, Instant.parse("2025-12-01T00:00:00.654321Z"));
        session.setDeviceType("mobile");
        session.setIpAddress("2001:db8::1");
        session.setUserAgent("AICare/1.0 (Android 14)");
        session.setLocationCity("Yogyakarta");
        UserConsentLedgerEntry granted = new UserConsentLedgerEntry(student, "research", true, "v1.0");
        granted.setScope("Share anonymized mood data with research team");
        granted.setIpAddress("10.0.0.7");
        granted.setExpiresAt(Instant.parse("2026-09-01T00:00:00Z"));
        UserConsentLedgerEntry withdrawn = new UserConsentLedgerEntry(student, "research", false, "v1.0");
        UserAuditLogEntry audit = new UserAuditLogEntry(student, "updated", "user_clinical_records");
        audit.setChangedBy(counselor);
        audit.setChangedByRole("counselor");
        audit.setRecordId(42);
        audit.setChangedFields(Map.of(
                "current_risk_level", Map.of("old", "low", "new", "high"),
                "crisis_count", Map.of("old", 0, "new", 1),
                "warning_signs", Map.of("old", List.of(), "new", List.of("isolation", "insomnia")),
                "safety_plan_active", Map.of("old", false, "new", true)));
        audit.setRequestId("req-" + UUID.randomUUID());
        AgentUser agent = new AgentUser(unique("counselor-profile"), AgentRole.COUNSELOR);

        db.runInTransaction(em -> {
            em.persist(counselor);
            em.persist(student); // cascades to the emergency contacts
            List.of(profile, preferences, clinical, session, granted, withdrawn, audit, agent).forEach(em::persist);
        });

        db.runInTransaction(em -> {
            User user = em.find(User.class, student.getId());
            FIELDS.ignoring("emergencyContacts").assertSameValues(student, user); // their order is checked below
            assertThat(user.getCreatedAt()).isNotNull();
            assertThat(user.getEmergencyContacts()).extracting(UserEmergencyContact::getFullName)
                    .containsExactly("Dr. Bambang", "Siti Rahayu"); // by priority
            for (UserEmergencyContact contact : List.of(mother, advisor)) {
                UserEmergencyContact reloaded = em.find(UserEmergencyContact.class, contact.getId());
                FIELDS.assertSameValues(contact, reloaded);
                assertThat(reloaded.getUser().getId()).isEqualTo(student.getId());
            }

            FIELDS.assertSameValues(profile, em.find(UserProfile.class, profile.getId()));
            FIELDS.assertSameValues(preferences, em.find(UserPreferences.class, preferences.getId()));
            FIELDS.assertSameValues(session, em.find(UserSession.class, session.getId()));
            FIELDS.assertSameValues(granted, em.find(UserConsentLedgerEntry.class, granted.getId()));
            FIELDS.assertSameValues(withdrawn, em.find(UserConsentLedgerEntry.class, withdrawn.getId()));
            FIELDS.assertSameValues(agent, em.find(AgentUser.class, agent.getId()));

            UserClinicalRecord record = em.find(UserClinicalRecord.class, clinical.getId());
            FIELDS.assertSameValues(clinical, record);
            assertThat(List.of(record.getSafetyPlanReviewedBy(), record.getFlaggedBy(), record.getUpdatedBy(),
                    record.getLastReviewedBy())).extracting(User::getId).containsOnly(counselor.getId());

            UserAuditLogEntry entry = em.find(UserAuditLogEntry.class, audit.getId());
            FIELDS.assertSameValues(audit, entry);
            assertThat(entry.getChangedFields()).isEqualTo(audit.getChangedFields());
            assertThat(entry.getChangedBy().getId()).isEqualTo(counselor.getId());
        });

        // What the database holds, not what Hibernate maps back: the enum label, the JSON and the
        // epoch seconds.
        assertThat(db.queryText("SELECT role::text || ' ' || pg_typeof(role)::text FROM agent_users WHERE id = ?",
                agent.getId())).isEqualTo("counselor agent_role_enum");
        assertThat(db.queryText("SELECT changed_fields -> 'current_risk_level' ->> 'new' FROM user_audit_log WHERE id = ?",
                audit.getId())).isEqualTo("high");
        assertThat(db.queryText("SELECT (abs(created_at - extract(epoch FROM now())) < 600)::text"
                + " FROM user_preferences WHERE id = ?", preferences.getId())).isEqualTo("true");
    }

    @Test
    void databaseDefaultsFillWhatAPlainInsertLeavesOut() {
        User user = db.persisted(new User(unique("defaults") + "@ugm.ac.id"));
        db.execute("INSERT INTO user_profiles (user_id) VALUES (?)", user.getId());
        db.execute("INSERT INTO user_preferences (user_id) VALUES (?)", user.getId());
        db.execute("INSERT INTO agent_users (id, role) VALUES (?, 'operator')", unique("agent"));

        assertThat(db.queryText("SELECT (created_at = CURRENT_DATE AND updated_at = CURRENT_DATE)::text"
                + " FROM user_profiles WHERE user_id = ?", user.getId())).isEqualTo("true");
        assertThat(db.queryText("SELECT (created_at > 1700000000 AND updated_at > 1700000000)::text"
                + " FROM user_preferences WHERE user_id = ?", user.getId())).isEqualTo("true");
    }

    @Test
    void deletingAUserInTheDatabaseDeletesEveryRowThatBelongsToThem() {
        User reviewer = db.persisted(new User(unique("reviewer") + "@ugm.ac.id"));
        User student = userWithOneOfEverything(reviewer);

        db.execute("DELETE FROM users WHERE id = ?", student.getId());

        for (String table : List.of("user_profiles", "user_preferences", "user_sessions", "user_clinical_records",
                "user_emergency_contacts", "user_consent_ledger", "user_audit_log")) {
            assertThat(db.queryLong("SELECT count(*) FROM " + table + " WHERE user_id = ?", student.getId()))
                    .as(table).isZero();
        }
        assertThat(db.queryLong("SELECT count(*) FROM users WHERE id = ?", reviewer.getId())).isOne();
    }

    @Test
    void removingAUserThroughJpaDeletesTheAggregate() {
        User reviewer = db.persisted(new User(unique("reviewer") + "@ugm.ac.id"));
        User student = userWithOneOfEverything(reviewer);

        db.runInTransaction(em -> em.remove(em.find(User.class, student.getId())));

        assertThat(db.queryLong("SELECT count(*) FROM users WHERE id = ?", student.getId())).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM user_emergency_contacts WHERE user_id = ?", student.getId())).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM user_clinical_records WHERE user_id = ?", student.getId())).isZero();
    }

    @Test
    void aUserWhoReviewedOrChangedSomeoneElsesRecordCannotBeDeleted() {
        User reviewer = db.persisted(new User(unique("reviewer") + "@ugm.ac.id"));
        userWithOneOfEverything(reviewer);

        // The reference gives these links no ON DELETE: the trail keeps its actor.
        assertThat(db.sqlStateOf("DELETE FROM users WHERE id = ?", reviewer.getId())).isEqualTo("23503");
    }

    @Test
    void aSecondProfileOrClinicalRecordForTheSameUserIsRefused() {
        User user = db.persisted(new User(unique("onetoone") + "@ugm.ac.id"));
        db.persisted(new UserProfile(user));
        db.persisted(new UserClinicalRecord(user));

        assertThat(db.sqlStateOf("INSERT INTO user_profiles (user_id) VALUES (?)", user.getId())).isEqualTo("23505");
        assertThat(db.sqlStateOf("INSERT INTO user_clinical_records (user_id) VALUES (?)", user.getId()))
                .isEqualTo("23505");
    }

    @Test
    void beanValidationStopsAnInsertWithoutEchoingTheValue() {
        User user = db.persisted(new User(unique("validation") + "@ugm.ac.id"));
        String rejected = "+62 812 3456 7890 1234";
        UserEmergencyContact contact = new UserEmergencyContact(user, "Siti Rahayu", "Mother", rejected);

        assertThatThrownBy(() -> db.runInTransaction(em -> em.persist(contact)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("phone")
                .hasMessageNotContaining(rejected);
    }

    // --- fixtures -------------------------------------------------------------------------------

    private static User fullyFilledUser() {
        User user = new User(unique("budi") + "@mail.ugm.ac.id");
        user.setGoogleSub(unique("google"));
        user.setTwitterId(unique("twitter"));
        user.setName("Budi Santoso");
        user.setFirstName("Budi");
        user.setLastName("Santoso");
        user.setPhone("+628123456789");
        user.setDateOfBirth(LocalDate.of(2003, 4, 5));
        user.setGender("male");
        user.setCity("Yogyakarta");
        user.setUniversity("Universitas Gadjah Mada");
        user.setMajor("Computer Science");
        user.setYearOfStudy("3");
        user.setSentimentScore(-0.25);
        user.setWalletAddress(unique("0xabc"));
        user.setPasswordHash("$2b$12$abcdefghijklmnopqrstuv");
        user.setPasswordResetToken(unique("reset"));
        user.setPasswordResetExpires(LocalDateTime.of(2025, 11, 17, 10, 42, 13, 123_456_000));
        user.setEmailVerified(true);
        user.setLastLogin(LocalDateTime.of(2025, 11, 16, 23, 59, 59, 999_999_000));
        user.setCurrentStreak(4);
        user.setLongestStreak(9);
        user.setLastActivityDate(LocalDate.of(2025, 11, 16));
        user.setAllowEmailCheckins(false);
        user.setProfilePhotoUrl("https://cdn.example.id/p/1.png");
        user.setPreferredName("Budi");
        user.setPronouns("he/him");
        user.setAlternatePhone("+62274123456");
        user.setCheckInCode(unique("MOOD"));
        user.setEmergencyContactName("Siti Rahayu");
        user.setEmergencyContactRelationship("Mother");
        user.setEmergencyContactPhone("+628123450001");
        user.setEmergencyContactEmail("siti@example.id");
        user.setRiskLevel("medium");
        user.setClinicalSummary("Exam stress, 'sleep' issues");
        user.setPrimaryConcerns("anxiety");
        user.setSafetyPlanNotes("Call a friend");
        user.setCurrentTherapistName("Dr. Ayu");
        user.setCurrentTherapistContact("ayu@example.id");
        user.setTherapyModality("CBT");
        user.setTherapyFrequency("weekly");
        user.setTherapyNotes("Going well");
        user.setConsentDataSharing(true);
        user.setConsentResearch(true);
        user.setConsentEmergencyContact(true);
        user.setConsentMarketing(false);
        user.setPreferredLanguage("id");
        user.setPreferredTimezone("Asia/Jakarta");
        user.setAccessibilityNeeds("Large text");
        user.setCommunicationPreferences("E-mail in the evening");
        user.setInterfacePreferences("{\"theme\":\"dark\"}");
        user.setAicareTeamNotes("Follow up in December");
        return user;
    }

    private static UserProfile fullyFilledProfile(User user) {
        UserProfile profile = new UserProfile(user);
        profile.setFirstName("Budi");
        profile.setLastName("Santoso");
        profile.setPreferredName("Bud");
        profile.setPronouns("he/him");
        profile.setPhone("+628123456789");
        profile.setAlternatePhone("+62274123456");
        profile.setDateOfBirth(LocalDate.of(2003, 4, 5));
        profile.setGender("male");
        profile.setCity("Sleman");
        profile.setProvince("DI Yogyakarta");
        profile.setCountry("Indonesia");
        profile.setUniversity("Universitas Gadjah Mada");
        profile.setFaculty("FMIPA");
        profile.setDepartment("Computer Science");
        profile.setMajor("Computer Science");
        profile.setYearOfStudy(3);
        profile.setStudentId(unique("21/123456/PA"));
        profile.setBatchYear(2021);
        profile.setProfilePhotoUrl("https://cdn.example.id/p/1.png");
        profile.setProfilePhotoStorageKey("profiles/1.png");
        profile.setCurrentStreak(4);
        profile.setLongestStreak(9);
        profile.setLastActivityDate(LocalDate.of(2025, 11, 16));
        profile.setSentimentScore(0.5);
        profile.setTotalCareTokens(120);
        profile.setBio("I like \"gamelan\" and coding");
        profile.setInterests(List.of("music", "sports", "reading, writing", "{braces}"));
        return profile;
    }

    private static UserPreferences fullyFilledPreferences(User user) {
        UserPreferences preferences = new UserPreferences(user);
        preferences.setPreferredLanguage("en");
        preferences.setPreferredTimezone("Asia/Makassar");
        preferences.setDateFormat("YYYY-MM-DD");
        preferences.setTimeFormat("12h");
        preferences.setAllowSmsReminders(true);
        preferences.setNotificationQuietHoursStart(LocalTime.of(22, 0));
        preferences.setNotificationQuietHoursEnd(LocalTime.of(6, 30, 15, 123_456_000));
        preferences.setNotificationFrequency("low");
        preferences.setEmailFrequency("never");
        preferences.setTheme("dark");
        preferences.setFontSize("xlarge");
        preferences.setHighContrastMode(true);
        preferences.setColorScheme("ocean");
        preferences.setDyslexiaFont(true);
        preferences.setAccessibilityNotes("Needs captions");
        preferences.setCheckInCode(unique("MOOD"));
        preferences.setCheckInFrequency("weekly");
        preferences.setCheckInReminderTime(LocalTime.of(9, 0));
        preferences.setProfileVisibility("friends");
        preferences.setAikaPersonality("casual");
        preferences.setAikaResponseLength("concise");
        preferences.setAutoSuggestInterventions(false);
        return preferences;
    }

    private static UserClinicalRecord fullyFilledClinicalRecord(User user, User counselor) {
        UserClinicalRecord record = new UserClinicalRecord(user);
        record.setCurrentRiskLevel("high");
        record.setLastRiskAssessmentDate(Instant.parse("2025-11-15T08:00:00.000001Z"));
        record.setLastRiskScore(7.25);
        record.setHighestRiskLevelEver("high");
        record.setCrisisCount(1);
        record.setClinicalSummary("Counselor's summary");
        record.setPrimaryConcerns(List.of("anxiety", "depression"));
        record.setDiagnosedConditions(List.of());
        record.setSymptomOnsetDate(LocalDate.of(2025, 8, 1));
        record.setSafetyPlanActive(true);
        record.setSafetyPlanNotes("Remove means; call hotline");
        record.setSafetyPlanCreatedAt(Instant.parse("2025-11-15T09:00:00Z"));
        record.setSafetyPlanReviewedAt(Instant.parse("2025-11-16T09:00:00Z"));
        record.setSafetyPlanReviewedBy(counselor);
        record.setWarningSigns(List.of("isolation", "sleep_disruption"));
        record.setCopingStrategies(List.of("call_friend", "breathing_exercise"));
        record.setIsInExternalTherapy(true);
        record.setExternalTherapistName("Dr. Ayu");
        record.setExternalTherapistContact("+62274000000");
        record.setExternalTherapistInstitution("RSUP Dr. Sardjito");
        record.setTherapyModality("CBT");
        record.setTherapyFrequency("weekly");
        record.setTherapyStartDate(LocalDate.of(2025, 9, 1));
        record.setIsOnMedication(true);
        record.setMedicationNotes("SSRI, reference only");
        record.setMedicationStartDate(LocalDate.of(2025, 9, 15));
        record.setPrescribingDoctor("Dr. Hadi");
        record.setAicareTeamNotes("Internal");
        record.setFlaggedForReview(true);
        record.setFlaggedReason("Risk escalation detected by STA");
        record.setFlaggedAt(Instant.parse("2025-11-15T08:00:01Z"));
        record.setFlaggedBy(counselor);
        record.setAccessLevel("clinical_team");
        record.setDataSharingRestrictions("Do not share with external research");
        record.setUpdatedBy(counselor);
        record.setLastReviewedAt(Instant.parse("2025-11-16T10:00:00Z"));
        record.setLastReviewedBy(counselor);
        return record;
    }

    /** A student with one row in every table that points to users, reviewed and audited by {@code reviewer}. */
    private static User userWithOneOfEverything(User reviewer) {
        User student = new User(unique("student") + "@mail.ugm.ac.id");
        student.addEmergencyContact(new UserEmergencyContact(student, "Siti", "Mother", "+628123450001"));
        UserClinicalRecord clinical = new UserClinicalRecord(student);
        clinical.setUpdatedBy(reviewer);
        clinical.setLastReviewedBy(reviewer);
        UserAuditLogEntry audit = new UserAuditLogEntry(student, "updated", "user_clinical_records");
        audit.setChangedBy(reviewer);
        db.runInTransaction(em -> {
            em.persist(student);
            List.of(new UserProfile(student), new UserPreferences(student), clinical,
                    new UserSession(unique("token"), student, Instant.now().plusSeconds(3600)),
                    new UserConsentLedgerEntry(student, "research", true, "v1.0"), audit).forEach(em::persist);
        });
        return student;
    }

    // --- helpers --------------------------------------------------------------------------------

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
