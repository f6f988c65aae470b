package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class BanVacuumFullTest {

    private static final String RULE = "ban-vacuum-full";

    @Test
    void isReportedOnAnExistingRelation() {
        assertThat(LintFixture.findings(RULE, """
                VACUUM FULL session;
                VACUUM (FULL, ANALYZE) token;
                """)).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "VACUUM FULL session rewrites the table while blocking its reads and writes"),
                        org.assertj.core.groups.Tuple.tuple(2, "VACUUM FULL token rewrites the table while blocking its reads and writes"));
    }

    @Test
    void isNotReportedForTheSafeFormOrANewRelation() {
        assertThat(LintFixture.findings(RULE, """
                VACUUM session;
                VACUUM (ANALYZE) token;
                CREATE TABLE IF NOT EXISTS scratch (id bigint);
                VACUUM FULL scratch;
                """)).isEmpty();
    }
}
