package id.ac.ugm.aicare.schema.engine.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScratchConnectionTest {

    @Test
    void theInTransactionFormDropsTheConcurrentlyKeyword() {
        assertThat(ScratchConnection.inTransactionForm("CREATE INDEX concurrently IF NOT EXISTS ix ON t (a)"))
                .isEqualTo("CREATE INDEX  IF NOT EXISTS ix ON t (a)");
    }

    @Test
    void theInTransactionFormKeepsConcurrentlyInStringsIdentifiersAndComments() {
        String sql = "COMMENT ON TABLE \"concurrently\" IS 'built CONCURRENTLY' -- CONCURRENTLY\n";

        assertThat(ScratchConnection.inTransactionForm(sql)).isEqualTo(sql);
    }
}
