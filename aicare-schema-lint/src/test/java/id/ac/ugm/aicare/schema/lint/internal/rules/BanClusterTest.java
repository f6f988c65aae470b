package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class BanClusterTest {

    private static final String RULE = "ban-cluster";

    @Test
    void isReportedOnAnExistingRelation() {
        assertThat(LintFixture.findings(RULE, """
                CLUSTER post USING post_created_idx;
                CLUSTER;
                """)).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "CLUSTER post rewrites the table in index order while blocking its reads and writes"),
                        org.assertj.core.groups.Tuple.tuple(2, "CLUSTER rewrites the table in index order while blocking its reads and writes"));
    }

    @Test
    void isNotReportedForTheSafeFormOrANewRelation() {
        assertThat(LintFixture.findings(RULE, """
                CREATE TABLE IF NOT EXISTS scratch (id bigint PRIMARY KEY);
                CLUSTER scratch USING scratch_pkey;
                """)).isEmpty();
    }
}
