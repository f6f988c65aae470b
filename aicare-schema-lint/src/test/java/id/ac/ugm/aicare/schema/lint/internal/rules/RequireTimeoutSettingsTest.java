package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class RequireTimeoutSettingsTest {

    private static final String RULE = "require-timeout-settings";

    @Test
    void aNewTablesForeignKeyToAnExistingTableLocksThatTable() {
        assertThat(LintFixture.findings(RULE, "CREATE TABLE IF NOT EXISTS comment (id bigint, post_id bigint REFERENCES post (id));\n"))
                .extracting(Finding::line).containsExactly(1);
        assertThat(LintFixture.findings(RULE, "CREATE TABLE IF NOT EXISTS comment (id bigint, post_id bigint,\n"
                + "  CONSTRAINT comment_post FOREIGN KEY (post_id) REFERENCES public.post (id));\n")).hasSize(1);
    }

    @Test
    void aForeignKeyAddedToANewTableStillLocksTheExistingTableItPointsTo() {
        assertThat(LintFixture.findings(RULE, """
                CREATE TABLE IF NOT EXISTS comment (id bigint, post_id bigint);
                ALTER TABLE comment ADD CONSTRAINT comment_post FOREIGN KEY (post_id) REFERENCES post (id);
                """)).extracting(Finding::line).containsExactly(2);
    }

    @Test
    void aForeignKeyToATableOfTheSameFileLocksNothingAnyoneUses() {
        assertThat(LintFixture.findings(RULE, """
                CREATE TABLE IF NOT EXISTS post (id bigint PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS comment (id bigint, post_id bigint REFERENCES post (id));
                """)).isEmpty();
        assertThat(LintFixture.findings(RULE, "CREATE TABLE IF NOT EXISTS tag (id bigint, name text);\n")).isEmpty();
    }

    @Test
    void replacingAViewAndRewritingOrTruncatingATableLockThem() {
        assertThat(LintFixture.findings(RULE, "CREATE OR REPLACE VIEW post_view AS SELECT 1 AS id;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE, "REFRESH MATERIALIZED VIEW stats;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE, "TRUNCATE session;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE, "VACUUM FULL session;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE,
                "CREATE VIEW v AS SELECT 1 AS id;\nCREATE OR REPLACE VIEW v AS SELECT 2 AS id;\n")).isEmpty();
    }

    @Test
    void timeoutsSetFirstSatisfyIt() {
        assertThat(LintFixture.findings(RULE, """
                SET lock_timeout = '5s';
                SET statement_timeout = '1min';
                CREATE TABLE IF NOT EXISTS comment (id bigint, post_id bigint REFERENCES post (id));
                """)).isEmpty();
    }
}
