package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class RequireConcurrentReindexTest {

    private static final String RULE = "require-concurrent-reindex";

    @Test
    void isReportedOnAnExistingRelation() {
        assertThat(LintFixture.findings(RULE, """
                REINDEX INDEX post_title_idx;
                REINDEX TABLE post;
                """)).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "REINDEX post_title_idx without CONCURRENTLY blocks writes to the table while it rebuilds"),
                        org.assertj.core.groups.Tuple.tuple(2, "REINDEX post without CONCURRENTLY blocks writes to the table while it rebuilds"));
    }

    @Test
    void isNotReportedForTheSafeFormOrANewRelation() {
        assertThat(LintFixture.findings(RULE, """
                REINDEX INDEX CONCURRENTLY post_title_idx;
                """)).isEmpty();
    }
}
