package id.ac.ugm.aicare.schema.lint.internal.rules;

import static id.ac.ugm.aicare.schema.lint.LintFixture.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import org.junit.jupiter.api.Test;

class OnlineSafetyRulesTest {

    @Test
    void createIndexOnAnExistingTableNeedsConcurrently() {
        assertThat(findings("require-concurrent-index-creation", "CREATE INDEX IF NOT EXISTS a_b ON a (b);"))
                .extracting(Finding::line, Finding::column).containsExactly(tuple(1, 1));
        assertThat(findings("require-concurrent-index-creation", "CREATE INDEX CONCURRENTLY IF NOT EXISTS a_b ON a (b);"))
                .isEmpty();
    }

    @Test
    void createIndexOnATableCreatedInTheSameFileIsFine() {
        assertThat(findings("require-concurrent-index-creation", """
                CREATE TABLE IF NOT EXISTS public.a (b bigint);
                CREATE INDEX IF NOT EXISTS a_b ON a (b);
                """)).isEmpty();
    }

    @Test
    void dropIndexNeedsConcurrently() {
        assertThat(findings("require-concurrent-index-deletion", "DROP INDEX IF EXISTS a_b;")).hasSize(1);
        assertThat(findings("require-concurrent-index-deletion", "DROP INDEX CONCURRENTLY IF EXISTS a_b;")).isEmpty();
    }

    @Test
    void concurrentIndexAloneInItsFileIsFine() {
        assertThat(findings("ban-concurrent-index-creation-in-transaction",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS a_b ON a (b);\nDROP INDEX CONCURRENTLY IF EXISTS a_c;"))
                .isEmpty();
    }

    @Test
    void concurrentIndexMixedWithOtherStatementsIsRefusedByFlyway() {
        assertThat(findings("ban-concurrent-index-creation-in-transaction",
                "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_b ON a (b);"))
                .extracting(Finding::line, Finding::severity).containsExactly(tuple(2, id.ac.ugm.aicare.schema.lint.rule.Severity.ERROR));
    }

    @Test
    void concurrentIndexInsideBeginCommitIsFlagged() {
        assertThat(findings("ban-concurrent-index-creation-in-transaction",
                "BEGIN;\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS a_b ON a (b);\nCOMMIT;"))
                .extracting(Finding::message).containsExactly("CONCURRENTLY inside BEGIN ... COMMIT");
    }

    @Test
    void concurrentIndexInsideADoBlockIsFlagged() {
        assertThat(findings("ban-concurrent-index-creation-in-transaction",
                "DO $$ BEGIN IF true THEN CREATE INDEX CONCURRENTLY a_b ON a (b); END IF; END $$;"))
                .extracting(Finding::message).containsExactly("CONCURRENTLY inside a DO block, which always runs in a transaction");
    }

    @Test
    void checkConstraintWithoutNotValidIsFlagged() {
        assertThat(findings("constraint-missing-not-valid", "ALTER TABLE a ADD CONSTRAINT a_b CHECK (b > 0);"))
                .extracting(Finding::column).containsExactly(15);
        assertThat(findings("constraint-missing-not-valid", "ALTER TABLE a ADD CONSTRAINT a_b CHECK (b > 0) NOT VALID;"))
                .isEmpty();
    }

    @Test
    void validatingInTheSameMigrationKeepsTheLock() {
        assertThat(findings("constraint-missing-not-valid", """
                ALTER TABLE a ADD CONSTRAINT a_b CHECK (b > 0) NOT VALID;
                ALTER TABLE a VALIDATE CONSTRAINT a_b;
                """)).extracting(Finding::line).containsExactly(2);
        assertThat(findings("constraint-missing-not-valid", "ALTER TABLE a VALIDATE CONSTRAINT a_b;")).isEmpty();
    }

    @Test
    void foreignKeyWithoutNotValidIsFlagged() {
        assertThat(findings("adding-foreign-key-constraint",
                "ALTER TABLE a ADD CONSTRAINT a_u FOREIGN KEY (u) REFERENCES users (id);")).hasSize(1);
        assertThat(findings("adding-foreign-key-constraint",
                "ALTER TABLE a ADD CONSTRAINT a_u FOREIGN KEY (u) REFERENCES users (id) NOT VALID;")).isEmpty();
        assertThat(findings("constraint-missing-not-valid",
                "ALTER TABLE a ADD CONSTRAINT a_u FOREIGN KEY (u) REFERENCES users (id);")).isEmpty();
    }

    @Test
    void addColumnWithReferencesAddsAForeignKey() {
        assertThat(findings("adding-foreign-key-constraint",
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS u bigint REFERENCES users (id) ON DELETE SET NULL;")).hasSize(1);
    }

    @Test
    void setNotNullOnAnExistingTableIsFlagged() {
        assertThat(findings("adding-not-nullable-field", "ALTER TABLE a ALTER COLUMN b SET NOT NULL;"))
                .extracting(Finding::column).containsExactly(15);
        assertThat(findings("adding-not-nullable-field", "ALTER TABLE a ALTER COLUMN b DROP NOT NULL;")).isEmpty();
    }

    @Test
    void requiredColumnWithoutDefaultIsAnError() {
        assertThat(findings("adding-required-field", "ALTER TABLE a ADD COLUMN IF NOT EXISTS b text NOT NULL;"))
                .extracting(Finding::severity).containsExactly(id.ac.ugm.aicare.schema.lint.rule.Severity.ERROR);
    }

    @Test
    void requiredColumnWithADefaultOrIdentityIsFine() {
        assertThat(findings("adding-required-field", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b text NOT NULL DEFAULT '';
                ALTER TABLE a ADD COLUMN IF NOT EXISTS c bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS d text;
                """)).isEmpty();
    }

    @Test
    void volatileDefaultRewritesTheTable() {
        assertThat(findings("adding-field-with-default",
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS token uuid NOT NULL DEFAULT gen_random_uuid();"))
                .extracting(Finding::message).containsExactly(
                        "DEFAULT calls gen_random_uuid(), which is volatile, so the table is rewritten while blocking reads and writes");
    }

    @Test
    void volatileCallNestedInACastIsFound() {
        assertThat(findings("adding-field-with-default",
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS r int DEFAULT (random() * 10)::int;")).hasSize(1);
    }

    @Test
    void constantAndStableDefaultsAreFine() {
        assertThat(findings("adding-field-with-default", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now();
                ALTER TABLE a ADD COLUMN IF NOT EXISTS amount numeric(10,2) DEFAULT '0'::numeric(10,2);
                ALTER TABLE a ADD COLUMN IF NOT EXISTS flags jsonb DEFAULT '{}'::jsonb;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS at timestamptz DEFAULT CURRENT_TIMESTAMP;
                """)).isEmpty();
    }

    @Test
    void typeModifiersInCastsAreNotCalls() {
        assertThat(findings("adding-field-with-default", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b varchar(20) DEFAULT CAST('x' AS character varying(20));
                ALTER TABLE a ADD COLUMN IF NOT EXISTS c timestamp(3) DEFAULT now()::timestamp(3) without time zone;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS d numeric(10,2) DEFAULT '1.5'::pg_catalog.numeric(10,2);
                """)).isEmpty();
    }

    @Test
    void keywordsBeforeParenthesesAreNotCalls() {
        assertThat(findings("adding-field-with-default", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b int DEFAULT CASE WHEN (1 IN (1, 2)) AND (2 > 1) THEN (1) ELSE (2) END;
                """)).isEmpty();
    }

    @Test
    void qualifiedAndQuotedVolatileCallsAreFound() {
        assertThat(findings("adding-field-with-default", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b uuid DEFAULT public."uuid_generate_v4"();
                ALTER TABLE a ADD COLUMN IF NOT EXISTS c text DEFAULT 'x'::text || md5(random()::text);
                """)).extracting(Finding::message).containsExactly(
                        "DEFAULT calls uuid_generate_v4(), which is volatile, so the table is rewritten while blocking reads and writes",
                        "DEFAULT calls random(), which is volatile, so the table is rewritten while blocking reads and writes");
    }

    @Test
    void serialIdentityAndStoredColumnsRewriteTheTable() {
        assertThat(findings("adding-field-with-default", """
                ALTER TABLE a ADD COLUMN IF NOT EXISTS n bigserial;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS i bigint GENERATED BY DEFAULT AS IDENTITY;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS g bigint GENERATED ALWAYS AS (n * 2) STORED;
                """)).extracting(Finding::line).containsExactly(1, 2, 3);
    }

    @Test
    void volatileDefaultOnANewTableIsFine() {
        assertThat(findings("adding-field-with-default", """
                CREATE TABLE IF NOT EXISTS a (id bigint);
                ALTER TABLE a ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid();
                """)).isEmpty();
    }

    @Test
    void changingAColumnTypeIsFlagged() {
        assertThat(findings("changing-column-type", "ALTER TABLE a ALTER COLUMN b TYPE bigint USING b::bigint;"))
                .hasSize(1);
        assertThat(findings("changing-column-type", "ALTER TABLE a ALTER b SET DATA TYPE numeric(10, 2);")).hasSize(1);
    }

    @Test
    void uniqueConstraintNeedsAnExistingIndex() {
        assertThat(findings("disallowed-unique-constraint", "ALTER TABLE a ADD CONSTRAINT a_b UNIQUE (b);")).hasSize(1);
        assertThat(findings("disallowed-unique-constraint", "ALTER TABLE a ADD COLUMN IF NOT EXISTS b text UNIQUE;"))
                .hasSize(1);
        assertThat(findings("disallowed-unique-constraint", "ALTER TABLE a ADD CONSTRAINT a_b UNIQUE USING INDEX a_b_idx;"))
                .isEmpty();
    }

    @Test
    void primaryKeyNeedsAnExistingIndex() {
        assertThat(findings("adding-serial-primary-key-field", "ALTER TABLE a ADD PRIMARY KEY (id);")).hasSize(1);
        assertThat(findings("adding-serial-primary-key-field",
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS id bigserial PRIMARY KEY;")).hasSize(1);
        assertThat(findings("adding-serial-primary-key-field",
                "ALTER TABLE a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_id_idx;")).isEmpty();
        assertThat(findings("adding-serial-primary-key-field",
                "ALTER TABLE a ADD CONSTRAINT a_pkey PRIMARY KEY (id) USING INDEX TABLESPACE fast;")).hasSize(1);
    }

    @Test
    void lockingAnExistingTableWithoutTimeoutsIsFlaggedOnce() {
        assertThat(findings("require-timeout-settings", """
                CREATE TABLE IF NOT EXISTS fresh (id bigint);
                ALTER TABLE fresh ADD COLUMN IF NOT EXISTS x text;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b text;
                ALTER TABLE a ADD COLUMN IF NOT EXISTS c text;
                """)).extracting(Finding::line, Finding::message)
                .containsExactly(tuple(3, "locks an existing table without lock_timeout and statement_timeout set"));
    }

    @Test
    void timeoutsSetFirstSatisfyTheRule() {
        assertThat(findings("require-timeout-settings", """
                SET lock_timeout = '5s';
                SELECT set_config('statement_timeout', '15min', false);
                ALTER TABLE a ADD COLUMN IF NOT EXISTS b text;
                """)).isEmpty();
        assertThat(findings("require-timeout-settings", "SET LOCAL lock_timeout TO '5s';\nALTER TABLE a DROP COLUMN IF EXISTS b;"))
                .extracting(Finding::message).containsExactly("locks an existing table without statement_timeout set");
    }

    @Test
    void transactionControlInAMigrationIsAnError() {
        assertThat(findings("transaction-nesting", "BEGIN;\nSELECT 1;\nCOMMIT;"))
                .extracting(Finding::line).containsExactly(1, 3);
        assertThat(findings("transaction-nesting", "START TRANSACTION; ROLLBACK;")).hasSize(2);
    }

    @Test
    void beginAndCommitInsideBodiesAreNotTransactionControl() {
        assertThat(findings("transaction-nesting", """
                DO $$ BEGIN PERFORM 1; END $$;
                CREATE OR REPLACE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;
                CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                SELECT 'BEGIN; COMMIT;';
                """)).isEmpty();
    }
}
