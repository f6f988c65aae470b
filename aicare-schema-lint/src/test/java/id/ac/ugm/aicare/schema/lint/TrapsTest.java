package id.ac.ugm.aicare.schema.lint;

import static id.ac.ugm.aicare.schema.lint.LintFixture.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** SQL that looks dangerous to a regular expression and is not. */
class TrapsTest {

    @Test
    void keywordsInStringsAreNotStatements() {
        assertThat(lint("""
                INSERT INTO notes (body) VALUES ('DROP TABLE users; ALTER TABLE x DROP COLUMN y;')
                ON CONFLICT DO NOTHING;
                SELECT E'BEGIN;\\' COMMIT;', $q$ CREATE INDEX i ON t (c); $q$;
                """)).isEmpty();
    }

    @Test
    void keywordsInCommentsAreNotStatements() {
        assertThat(lint("""
                -- DROP TABLE users;
                /* ALTER TABLE a DROP COLUMN b;
                   /* nested: CREATE TABLE c (id int); */ still a comment; BEGIN; */
                SELECT 1;
                """)).isEmpty();
    }

    @Test
    void keywordsInFunctionBodiesAreNotStatements() {
        assertThat(lint("""
                CREATE OR REPLACE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $body$
                BEGIN
                    DROP TABLE IF EXISTS staging;
                    CREATE TABLE staging (id int);
                    ALTER TABLE accounts DROP COLUMN legacy;
                    COMMIT;
                END
                $body$;
                """)).isEmpty();
    }

    @Test
    void twoStatementsOnOneLineAreFlaggedEachAtItsOwnColumn() {
        assertThat(lint("CREATE TABLE IF NOT EXISTS a (id bigint); DROP TABLE b;"))
                .extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("ban-drop-table", 1, 43), tuple("prefer-robust-stmts", 1, 43),
                        tuple("require-timeout-settings", 1, 43));
    }

    @Test
    void identifiersThatLookLikeKeywordsAreIdentifiers() {
        assertThat(lint("CREATE TABLE IF NOT EXISTS \"drop\" (\"int\" text, \"timestamp\" text, \"begin\" bigint);"))
                .isEmpty();
    }

    @Test
    void guardedDoBlockStillReportsTheLocksItTakes() {
        assertThat(lint("""
                SET lock_timeout = '5s';
                SET statement_timeout = '1min';
                DO $$
                BEGIN
                    ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id);
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$;
                """)).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("adding-foreign-key-constraint", 5, 26));
    }
}
