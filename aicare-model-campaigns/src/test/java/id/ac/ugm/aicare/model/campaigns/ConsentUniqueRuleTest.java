package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.campaigns.consent.Consent;
import id.ac.ugm.aicare.model.campaigns.consent.ConsentScope;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code uq_consents_active (subject_id, scope, revoked_at)} enforces, as the original schema
 * has it: PostgreSQL treats NULLs as distinct, so it does not stop two active (unrevoked) grants of
 * the same scope; it only stops two revocations at the same instant.
 */
@PostgresTest
class ConsentUniqueRuleTest {

    @AutoClose
    private static JpaTestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = CampaignsDatabase.create(database);
    }

    @Test
    void twoActiveGrantsOfTheSameScopeAreNotStopped() {
        db.runInTransaction(em -> {
            em.persist(new Consent("subject-a", ConsentScope.RESEARCH));
            em.persist(new Consent("subject-a", ConsentScope.RESEARCH));
        });

        assertThat(db.queryText("SELECT count(*) FROM consents WHERE subject_id = 'subject-a' AND revoked_at IS NULL"))
                .isEqualTo("2");
    }

    @Test
    void twoRevocationsOfTheSameScopeAtTheSameInstantAreRejected() {
        Instant revoked = Instant.parse("2025-11-01T00:00:00Z");

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            Consent first = new Consent("subject-b", ConsentScope.OPS);
            first.setRevokedAt(revoked);
            Consent second = new Consent("subject-b", ConsentScope.OPS);
            second.setRevokedAt(revoked);
            em.persist(first);
            em.persist(second);
        })).hasStackTraceContaining("uq_consents_active");
    }
}
