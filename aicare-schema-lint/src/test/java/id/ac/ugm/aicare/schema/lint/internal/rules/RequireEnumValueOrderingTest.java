package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class RequireEnumValueOrderingTest {

    private static final String RULE = "require-enum-value-ordering";

    @Test
    void isReportedOnAnAddValueThatSaysNotWhere() {
        // Line 1: triggerdotdev/trigger.dev internal-packages/database/prisma/migrations/
        // 20221219171221_support_output_step/migration.sql (Apache-2.0); line 2: kestra-io/kestra
        // jdbc-postgres/src/main/resources/migrations/postgres/V1_18__retry_revamp.sql (Apache-2.0).
        assertThat(LintFixture.findings(RULE, """
                ALTER TYPE "WorkflowRunStepType" ADD VALUE 'OUTPUT';
                ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'RETRYING';
                DO $$ BEGIN
                    ALTER TYPE mood ADD VALUE 'after';
                END $$;
                """)).extracting(Finding::line, Finding::column).containsExactly(tuple(1, 34), tuple(2, 23), tuple(4, 21));
    }

    @Test
    void isNotReportedWhenThePositionIsGiven() {
        assertThat(LintFixture.findings(RULE, """
                ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'RETRYING' BEFORE 'FAILED';
                ALTER TYPE mood ADD VALUE 'neutral' AFTER 'low';
                ALTER TYPE mood RENAME VALUE 'sad' TO 'low';
                ALTER TYPE mood OWNER TO aicare;
                """)).isEmpty();
    }
}
