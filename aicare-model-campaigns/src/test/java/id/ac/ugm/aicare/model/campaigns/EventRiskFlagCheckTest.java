package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.campaigns.event.AgentName;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code events_risk_flag_range} CHECK constraint keeps {@code risk_flag} within 0..3 in the
 * database, whoever writes the row; through JPA, Bean Validation refuses the value first.
 */
@PostgresTest
class EventRiskFlagCheckTest {

    private static CampaignsDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = CampaignsDatabase.create(database);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, -1, 32767})
    void theDatabaseRejectsAnOutOfRangeRiskFlagInsertedBySql(int riskFlag) {
        assertThatThrownBy(() -> insertEvent(Integer.toString(riskFlag)))
                .hasMessageContaining("violates check constraint \"events_risk_flag_range\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "NULL"})
    void theDatabaseAcceptsARiskFlagFromZeroToThreeOrNone(String riskFlag) {
        assertThatCode(() -> insertEvent(riskFlag)).doesNotThrowAnyException();
    }

    @Test
    void theConstraintIsTheReferencesExpression() {
        assertThat(db.queryText("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE conname = 'events_risk_flag_range' AND conrelid = 'events'::regclass"))
                .isEqualTo("CHECK (((risk_flag >= 0) AND (risk_flag <= 3)))");
    }

    @Test
    void jpaRejectsAnOutOfRangeRiskFlagBeforeTheDatabaseNamingTheField() {
        String before = db.queryText("SELECT count(*) FROM events");

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            Event event = new Event(AgentName.STA, "triage", "u_1");
            event.setRiskFlag((short) 4);
            em.persist(event);
        }))
                .satisfies(e -> assertThat(violationIn(e).getConstraintViolations())
                        .extracting(violation -> violation.getPropertyPath().toString())
                        .containsExactly("riskFlag"));
        assertThat(db.queryText("SELECT count(*) FROM events")).isEqualTo(before);
    }

    /** The Bean Validation failure behind a failed commit (the UUID key defers the insert to the flush). */
    private static ConstraintViolationException violationIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        throw new AssertionError("no ConstraintViolationException behind " + thrown);
    }

    private static void insertEvent(String riskFlag) {
        db.database().execute("INSERT INTO events (id, created_at, user_hash, agent, risk_flag, step) "
                + "VALUES (gen_random_uuid(), now(), 'u_1', 'STA', " + riskFlag + ", 'triage')");
    }
}
