package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class ChangingColumnTypeTest {

    private static final String RULE = "changing-column-type";

    @Test
    void aTypeChangeOfAnExistingTableIsReported() {
        assertThat(LintFixture.findings(RULE, "ALTER TABLE post ALTER COLUMN score TYPE bigint;\n"))
                .extracting(Finding::line, Finding::column).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 18));
        assertThat(LintFixture.findings(RULE, "ALTER TABLE post ALTER COLUMN body TYPE text USING body::text;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE, "ALTER TABLE post ALTER COLUMN title TYPE varchar(50);\n")).hasSize(1);
    }

    @Test
    void aChangeToUnboundedTextIsOnlyACatalogChangeAndIsNotReported() {
        assertThat(LintFixture.findings(RULE, """
                ALTER TABLE post ALTER COLUMN title TYPE text;
                ALTER TABLE post ALTER COLUMN slug SET DATA TYPE varchar;
                ALTER TABLE post ALTER COLUMN name TYPE character varying;
                """)).isEmpty();
    }
}
