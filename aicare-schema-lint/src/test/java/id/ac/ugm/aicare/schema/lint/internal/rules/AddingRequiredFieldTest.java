package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class AddingRequiredFieldTest {

    private static final String RULE = "adding-required-field";

    @Test
    void aNotNullColumnWithoutDefaultOnATableWithRowsIsReported() {
        assertThat(LintFixture.findings(RULE, "ALTER TABLE session ADD COLUMN IF NOT EXISTS device text NOT NULL;\n")).hasSize(1);
        assertThat(LintFixture.findings(RULE, """
                DELETE FROM session WHERE expires_at < now();
                ALTER TABLE session ADD COLUMN IF NOT EXISTS device text NOT NULL;
                """)).hasSize(1);
        assertThat(LintFixture.findings(RULE, """
                DELETE FROM token;
                ALTER TABLE session ADD COLUMN IF NOT EXISTS device text NOT NULL;
                """)).hasSize(1);
    }

    @Test
    void aTableTheFileEmptiesFirstHasNoRowsToFail() {
        assertThat(LintFixture.findings(RULE, """
                DELETE FROM session;
                ALTER TABLE session ADD COLUMN IF NOT EXISTS device text NOT NULL;
                TRUNCATE public.token;
                ALTER TABLE public.token ADD COLUMN IF NOT EXISTS kind text NOT NULL;
                """)).isEmpty();
    }
}
