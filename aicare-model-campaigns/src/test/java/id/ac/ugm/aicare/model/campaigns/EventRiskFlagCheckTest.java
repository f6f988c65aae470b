package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.campaigns.event.AgentName;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code events_risk_flag_range} CHECK constraint keeps {@code risk_flag} within 0..3 in the
 * database, whoever writes the row; through JPA, Bean Validation refuses the value first.
 */
@PostgresTest
class EventRiskFlagCheckTest {

    @AutoClose
    private static JpaTestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = CampaignsDatabase.create(database);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, -1, 32767})
    void theDatabaseRejectsAnOutOfRangeRiskFlagInsertedBySql(int riskFlag) {
        assertThatThrownBy(() -> insertEvent(riskFlag))
                .hasMessageContaining("violates check constraint \"events_risk_flag_range\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    @NullSource
    void theDatabaseAcceptsARiskFlagFromZeroToThreeOrNone(Integer riskFlag) {
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
        long before = db.count("events");

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            Event event = new Event(AgentName.STA, "triage", "u_1");
            event.setRiskFlag((short) 4);
            em.persist(event);
        }))
                // the UUID key defers the insert to the flush: the violation is behind the failed commit
                .satisfies(e -> assertThat(BeanValidation.violationIn(e).getConstraintViolations())
                        .extracting(violation -> violation.getPropertyPath().toString())
                        .containsExactly("riskFlag"));
        assertThat(db.count("events")).isEqualTo(before);
    }

    /** Inserts an event with plain SQL, as a writer other than this model would. */
    private static void insertEvent(Integer riskFlag) {
        db.execute("INSERT INTO events (id, created_at, user_hash, agent, risk_flag, step) "
                + "VALUES (gen_random_uuid(), now(), 'u_1', 'STA', ?, 'triage')", riskFlag);
    }
}
