package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class RequireConcurrentRefreshTest {

    private static final String RULE = "require-concurrent-refresh";

    @Test
    void isReportedOnAnExistingRelation() {
        assertThat(LintFixture.findings(RULE, """
                REFRESH MATERIALIZED VIEW post_stats;
                REFRESH MATERIALIZED VIEW public.user_stats WITH DATA;
                """)).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "REFRESH MATERIALIZED VIEW post_stats without CONCURRENTLY blocks every read of the view until it is rebuilt"),
                        org.assertj.core.groups.Tuple.tuple(2, "REFRESH MATERIALIZED VIEW public.user_stats without CONCURRENTLY blocks every read of the view until it is rebuilt"));
    }

    @Test
    void isNotReportedForTheSafeFormOrANewRelation() {
        assertThat(LintFixture.findings(RULE, """
                REFRESH MATERIALIZED VIEW CONCURRENTLY post_stats;
                CREATE MATERIALIZED VIEW IF NOT EXISTS fresh AS SELECT 1 AS n;
                REFRESH MATERIALIZED VIEW fresh;
                """)).isEmpty();
    }
}
