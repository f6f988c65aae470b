package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import org.junit.jupiter.api.Test;

class BanTruncateCascadeTest {

    private static final String RULE = "ban-truncate-cascade";

    @Test
    void truncateCascadeIsAnError() {
        assertThat(LintFixture.findings(RULE, "TRUNCATE TABLE session, token CASCADE;\n"))
                .extracting(Finding::line, Finding::column, Finding::severity).containsExactly(tuple(1, 31, Severity.ERROR));
        assertThat(LintFixture.findings(RULE, "TRUNCATE session RESTART IDENTITY CASCADE;\n")).hasSize(1);
    }

    @Test
    void truncateWithoutCascadeIsNotReported() {
        assertThat(LintFixture.findings(RULE, "TRUNCATE session;\nTRUNCATE TABLE token RESTRICT;\n"
                + "ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b) REFERENCES b ON DELETE CASCADE NOT VALID;\n")).isEmpty();
    }
}
