package id.ac.ugm.aicare.schema.lint.internal.rules;

import static id.ac.ugm.aicare.schema.lint.LintFixture.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

    private static final String RULE = "prefer-robust-stmts";

    @Test
    void createTableWithoutIfNotExistsIsFlaggedAsAnError() {
        assertThat(findings(RULE, "CREATE TABLE journal_entries (id bigint);"))
                .extracting(Finding::line, Finding::column, Finding::severity, Finding::message)
                .containsExactly(tuple(1, 1, Severity.ERROR, "CREATE TABLE without IF NOT EXISTS fails on the second run"));
    }

    @Test
    void guardedCreatesAreClean() {
        assertThat(findings(RULE, """
                CREATE TABLE IF NOT EXISTS a (id bigint);
                CREATE INDEX IF NOT EXISTS a_id ON a (id);
                CREATE SEQUENCE IF NOT EXISTS s;
                CREATE OR REPLACE VIEW v AS SELECT 1;
                CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE SCHEMA IF NOT EXISTS app;
                CREATE EXTENSION IF NOT EXISTS pgcrypto;
                CREATE TEMP TABLE scratch (x int);
                """)).isEmpty();
    }

    @Test
    void eachUnguardedCreateIsFlagged() {
        assertThat(findings(RULE, """
                CREATE INDEX a_id ON a (id);
                CREATE TYPE mood AS ENUM ('calm');
                CREATE SEQUENCE s;
                CREATE VIEW v AS SELECT 1;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE MATERIALIZED VIEW m AS SELECT 1;
                """)).extracting(Finding::line, Finding::message).containsExactly(
                tuple(1, "CREATE INDEX without IF NOT EXISTS fails on the second run"),
                tuple(2, "CREATE TYPE has no IF NOT EXISTS and fails on the second run; guard it in a DO block"),
                tuple(3, "CREATE SEQUENCE without IF NOT EXISTS fails on the second run"),
                tuple(4, "CREATE VIEW without OR REPLACE fails on the second run"),
                tuple(5, "CREATE FUNCTION without OR REPLACE fails on the second run"),
                tuple(6, "CREATE MATERIALIZED VIEW without IF NOT EXISTS fails on the second run"));
    }

    @Test
    void unnamedIndexIsBuiltAgainOnEveryRun() {
        assertThat(findings(RULE, "CREATE INDEX ON a (id);")).extracting(Finding::message)
                .containsExactly("an unnamed index is built again on every run");
    }

    @Test
    void addColumnAndDropsWithoutGuardsAreFlaggedAtTheirAction() {
        assertThat(findings(RULE, "ALTER TABLE a ADD COLUMN b text, DROP COLUMN c, DROP CONSTRAINT d;\nDROP TABLE e;"))
                .extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                        tuple(1, 15, "ADD COLUMN without IF NOT EXISTS fails on the second run"),
                        tuple(1, 34, "DROP COLUMN without IF EXISTS fails on the second run"),
                        tuple(1, 49, "DROP CONSTRAINT without IF EXISTS fails on the second run"),
                        tuple(2, 1, "DROP TABLE without IF EXISTS fails on the second run"));
    }

    @Test
    void addColumnWithoutTheColumnKeywordIsStillAnAddColumn() {
        assertThat(findings(RULE, "ALTER TABLE a ADD b text;")).hasSize(1);
        assertThat(findings(RULE, "ALTER TABLE a ADD IF NOT EXISTS b text;")).isEmpty();
    }

    @Test
    void addConstraintIsRobustAfterDropConstraintIfExists() {
        assertThat(findings(RULE, "ALTER TABLE a ADD CONSTRAINT a_b_check CHECK (b > 0);")).hasSize(1);
        assertThat(findings(RULE, """
                ALTER TABLE a DROP CONSTRAINT IF EXISTS a_b_check;
                ALTER TABLE a ADD CONSTRAINT a_b_check CHECK (b > 0);
                ALTER TABLE a DROP CONSTRAINT IF EXISTS a_c_check, ADD CONSTRAINT a_c_check CHECK (c > 0);
                """)).isEmpty();
    }

    @Test
    void createTriggerIsRobustAfterDropTriggerIfExists() {
        assertThat(findings(RULE, """
                DROP TRIGGER IF EXISTS touch ON a;
                CREATE TRIGGER touch BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION touch();
                """)).isEmpty();
    }

    @Test
    void renamesCannotRunTwice() {
        assertThat(findings(RULE, "ALTER TABLE a RENAME COLUMN b TO c;")).extracting(Finding::message)
                .containsExactly("RENAME COLUMN fails on the second run: the old name is gone");
    }

    @Test
    void addValueNeedsIfNotExists() {
        assertThat(findings(RULE, "ALTER TYPE mood ADD VALUE 'tense';")).extracting(Finding::column).containsExactly(17);
        assertThat(findings(RULE, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'tense';")).isEmpty();
    }

    @Test
    void doBlockWithExceptionHandlerGuardsCreateType() {
        assertThat(findings(RULE, """
                DO $$
                BEGIN
                    CREATE TYPE mood AS ENUM ('calm', 'tense');
                EXCEPTION
                    WHEN duplicate_object THEN NULL;
                END
                $$;
                """)).isEmpty();
    }

    @Test
    void doBlockWithCatalogCheckGuardsAddConstraint() {
        assertThat(findings(RULE, """
                DO $guard$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'a_b_fk') THEN
                        ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b) REFERENCES b (id) NOT VALID;
                    END IF;
                END
                $guard$;
                """)).isEmpty();
    }

    @Test
    void doBlockWithoutAGuardIsReadAndFlaggedInside() {
        assertThat(findings(RULE, "DO $$\nBEGIN\n  CREATE TYPE mood AS ENUM ('calm');\nEND $$;"))
                .extracting(Finding::line, Finding::column).containsExactly(tuple(3, 3));
    }

    @Test
    void ifNotExistsInsideADoBlockIsNotMistakenForAGuard() {
        assertThat(findings(RULE, "DO $$ BEGIN CREATE TABLE IF NOT EXISTS a (id bigint); CREATE TYPE t AS ENUM ('x'); END $$;"))
                .extracting(Finding::message)
                .containsExactly("CREATE TYPE has no IF NOT EXISTS and fails on the second run; guard it in a DO block");
    }

    @Test
    void repeatableMigrationsReportUnderTheirOwnRule() {
        String sql = "CREATE VIEW active_users AS SELECT 1;\nINSERT INTO settings (k) VALUES ('a');";
        assertThat(findings(RULE, "R__views.sql", sql)).isEmpty();
        assertThat(findings("repeatable-migration-not-rerunnable", "R__views.sql", sql))
                .extracting(Finding::line, Finding::message).containsExactly(
                        tuple(1, "CREATE VIEW without OR REPLACE fails on the second run"),
                        tuple(2, "INSERT without ON CONFLICT adds the rows again, or fails, on every run"));
    }

    @Test
    void rerunnableRepeatableMigrationIsClean() {
        assertThat(findings("repeatable-migration-not-rerunnable", "R__views.sql", """
                CREATE OR REPLACE VIEW active_users AS SELECT 1;
                INSERT INTO settings (k) VALUES ('a') ON CONFLICT (k) DO NOTHING;
                DROP VIEW IF EXISTS old_view;
                """)).isEmpty();
    }
}
