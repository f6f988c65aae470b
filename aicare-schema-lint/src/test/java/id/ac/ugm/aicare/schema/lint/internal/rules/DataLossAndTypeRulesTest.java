package id.ac.ugm.aicare.schema.lint.internal.rules;

import static id.ac.ugm.aicare.schema.lint.LintFixture.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import org.junit.jupiter.api.Test;

class DataLossAndTypeRulesTest {

    @Test
    void droppingAColumnIsFlaggedAtTheDrop() {
        assertThat(findings("ban-drop-column", "ALTER TABLE a DROP COLUMN IF EXISTS b;"))
                .extracting(Finding::column).containsExactly(15);
        assertThat(findings("ban-drop-column", "ALTER TABLE a DROP CONSTRAINT IF EXISTS b;")).isEmpty();
    }

    @Test
    void droppingATableIsFlagged() {
        assertThat(findings("ban-drop-table", "DROP TABLE IF EXISTS a;")).hasSize(1);
        assertThat(findings("ban-drop-table", "DROP VIEW IF EXISTS a;")).isEmpty();
    }

    @Test
    void droppingADatabaseIsAnError() {
        assertThat(findings("ban-drop-database", "DROP DATABASE IF EXISTS aicare;"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void renamingAColumnWithOrWithoutTheKeywordIsFlagged() {
        assertThat(findings("renaming-column", "ALTER TABLE a RENAME COLUMN b TO c;")).hasSize(1);
        assertThat(findings("renaming-column", "ALTER TABLE a RENAME b TO c;")).hasSize(1);
        assertThat(findings("renaming-table", "ALTER TABLE a RENAME b TO c;")).isEmpty();
    }

    @Test
    void renamingATableIsFlagged() {
        assertThat(findings("renaming-table", "ALTER TABLE IF EXISTS a RENAME TO b;")).hasSize(1);
        assertThat(findings("renaming-column", "ALTER TABLE a RENAME TO b;")).isEmpty();
    }

    @Test
    void typeRulesPointAtTheType() {
        String sql = "CREATE TABLE IF NOT EXISTS a (id int, name varchar(80), at timestamp, code char(2), ok text);";
        assertThat(findings("prefer-bigint-over-int", sql)).extracting(Finding::line, Finding::column)
                .containsExactly(tuple(1, 34));
        assertThat(findings("prefer-text-field", sql)).extracting(Finding::column).containsExactly(44);
        assertThat(findings("prefer-timestamptz", sql)).extracting(Finding::column).containsExactly(60);
        assertThat(findings("ban-char-field", sql)).extracting(Finding::column).containsExactly(76);
    }

    @Test
    void preferredTypesAreClean() {
        String sql = """
                CREATE TABLE IF NOT EXISTS a (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name text,
                    nickname varchar,
                    at timestamptz,
                    at2 timestamp(3) with time zone,
                    kind "char",
                    big bigserial
                );
                """;
        assertThat(findings("prefer-bigint-over-int", sql)).isEmpty();
        assertThat(findings("prefer-text-field", sql)).isEmpty();
        assertThat(findings("prefer-timestamptz", sql)).isEmpty();
        assertThat(findings("ban-char-field", sql)).isEmpty();
    }

    @Test
    void typeRulesReadAddColumnAndAlterType() {
        assertThat(findings("prefer-bigint-over-int", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS n integer;
                ALTER TABLE a ALTER COLUMN m TYPE int4;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS s serial;
                """)).extracting(Finding::line).containsExactly(1, 2, 3);
        assertThat(findings("prefer-timestamptz", "ALTER TABLE a ADD COLUMN IF NOT EXISTS t timestamp without time zone;"))
                .hasSize(1);
        assertThat(findings("prefer-text-field", "ALTER TABLE a ADD COLUMN IF NOT EXISTS t character varying(10);"))
                .hasSize(1);
        assertThat(findings("ban-char-field", "ALTER TABLE a ADD COLUMN IF NOT EXISTS t character(3);")).hasSize(1);
    }
}
