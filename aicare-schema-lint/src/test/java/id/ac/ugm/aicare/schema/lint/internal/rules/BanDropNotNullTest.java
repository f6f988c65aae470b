package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class BanDropNotNullTest {

    private static final String RULE = "ban-drop-not-null";

    @Test
    void droppingNotNullOnAnExistingTableIsReported() {
        assertThat(LintFixture.findings(RULE, "ALTER TABLE post ALTER COLUMN title DROP NOT NULL;\n"))
                .extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(tuple(1, 18, "DROP NOT NULL on title lets nulls into a column that deployed code may read as never null"));
        assertThat(LintFixture.findings(RULE, "ALTER TABLE post ALTER body DROP NOT NULL, ALTER title SET NOT NULL;\n")).hasSize(1);
    }

    @Test
    void otherColumnChangesAndNewTablesAreNotReported() {
        assertThat(LintFixture.findings(RULE, """
                ALTER TABLE post ALTER COLUMN title DROP DEFAULT;
                ALTER TABLE post ALTER COLUMN title SET NOT NULL;
                CREATE TABLE IF NOT EXISTS draft (title text NOT NULL);
                ALTER TABLE draft ALTER COLUMN title DROP NOT NULL;
                """)).isEmpty();
    }
}
