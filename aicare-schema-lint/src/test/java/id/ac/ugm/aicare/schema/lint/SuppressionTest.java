package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import static id.ac.ugm.aicare.schema.lint.LintFixture.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void commentWithReasonSilencesTheRuleOnTheNextStatement() {
        assertThat(lint("""
                -- aicare-lint: ignore ban-drop-column the column has been unused since release 2.3
                ALTER TABLE a DROP COLUMN IF EXISTS b;
                ALTER TABLE a DROP COLUMN IF EXISTS c;
                """)).extracting(Finding::rule, Finding::line).containsExactly(
                tuple("require-timeout-settings", 2), tuple("ban-drop-column", 3));
    }

    @Test
    void oneCommentMaySilenceSeveralRules() {
        assertThat(lint("""
                -- aicare-lint: ignore ban-drop-table,require-timeout-settings staging table, no readers left
                DROP TABLE IF EXISTS staging;
                """)).isEmpty();
    }

    @Test
    void suppressionBeforeADoBlockCoversTheStatementsInside() {
        assertThat(lint("""
                SET lock_timeout = '5s'; SET statement_timeout = '1min';
                -- aicare-lint: ignore adding-foreign-key-constraint users is small, the lock is brief
                DO $$ BEGIN
                  ALTER TABLE a ADD CONSTRAINT a_u FOREIGN KEY (u) REFERENCES users (id);
                EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                """)).isEmpty();
    }

    @Test
    void suppressionWithoutAReasonIsAnErrorAndSilencesNothing() {
        assertThat(lint("-- aicare-lint: ignore ban-drop-table\nDROP TABLE IF EXISTS a;"))
                .extracting(Finding::rule, Finding::line, Finding::message)
                .contains(tuple("invalid-suppression", 1, "suppression of ban-drop-table gives no reason"),
                        tuple("ban-drop-table", 2, "dropping a table loses its data and breaks code that still uses it"));
    }

    @Test
    void unknownRuleInASuppressionIsAnError() {
        assertThat(lint("-- aicare-lint: ignore ban-drop-tabel typo here\nSELECT 1;"))
                .extracting(Finding::rule, Finding::severity, Finding::message)
                .containsExactly(tuple("invalid-suppression", Severity.ERROR, "unknown rule 'ban-drop-tabel' in suppression"));
    }

    @Test
    void inputFindingsCannotBeSuppressed() {
        assertThat(lint("-- aicare-lint: ignore syntax-error the string is fine\nSELECT 'open;"))
                .extracting(Finding::rule).containsExactlyInAnyOrder("invalid-suppression", "syntax-error");
    }

    @Test
    void suppressionThatSilencesNothingIsReported() {
        assertThat(lint("-- aicare-lint: ignore ban-drop-column not needed any more\nSELECT 1;"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("unused-suppression", Severity.WARNING));
    }

    @Test
    void suppressionAtTheTopCoversFindingsAboutTheFile() {
        assertThat(LintFixture.lint("V10__x.sql", "-- aicare-lint: ignore empty-migration kept as a placeholder\n"))
                .isEmpty();
    }
}
