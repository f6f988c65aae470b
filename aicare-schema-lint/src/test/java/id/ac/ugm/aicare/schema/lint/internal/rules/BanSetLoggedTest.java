package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class BanSetLoggedTest {

    private static final String RULE = "ban-set-logged";

    @Test
    void isReportedOnAnExistingRelation() {
        assertThat(LintFixture.findings(RULE, """
                ALTER TABLE import_rows SET LOGGED;
                ALTER TABLE cache SET UNLOGGED;
                """)).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SET LOGGED/UNLOGGED on import_rows rewrites the table while blocking its reads and writes"),
                        org.assertj.core.groups.Tuple.tuple(2, "SET LOGGED/UNLOGGED on cache rewrites the table while blocking its reads and writes"));
    }

    @Test
    void isNotReportedForTheSafeFormOrANewRelation() {
        assertThat(LintFixture.findings(RULE, """
                CREATE UNLOGGED TABLE IF NOT EXISTS staging (id bigint);
                ALTER TABLE staging SET LOGGED;
                ALTER TABLE post SET (fillfactor = 90);
                """)).isEmpty();
    }
}
