package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import org.junit.jupiter.api.Test;

class UnrecognizedStatementTest {

    private static final String RULE = "unrecognized-statement";

    @Test
    void aStatementNoPostgresCommandStartsIsAnInfoFinding() {
        assertThat(LintFixture.findings(RULE, "SELECT 1;\nUPSERT INTO t VALUES (1);\n"))
                .extracting(Finding::line, Finding::column, Finding::severity, Finding::message)
                .containsExactly(tuple(2, 1, Severity.INFO,
                        "'UPSERT' starts no PostgreSQL statement the linter knows; nothing in this statement was checked"));
    }

    @Test
    void anotherDialectIsReportedNotIgnored() {
        assertThat(LintFixture.findings(RULE, "IF OBJECT_ID('t') IS NULL CREATE TABLE t (id int);\nGO;\n"))
                .extracting(Finding::line).containsExactly(1, 2);
    }

    @Test
    void postgresCommandsTheRulesDoNotReadAreNotReported() {
        assertThat(LintFixture.findings(RULE, """
                SELECT 1;
                (SELECT 2);
                WITH x AS (SELECT 1) SELECT * FROM x;
                UPDATE t SET a = 1;
                DELETE FROM t;
                GRANT SELECT ON t TO app;
                COMMENT ON TABLE t IS 'x';
                ANALYZE t;
                VALUES (1);
                TABLE t;
                MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DO NOTHING;
                SECURITY LABEL ON TABLE t IS 'x';
                REFRESH MATERIALIZED VIEW CONCURRENTLY v;
                """)).isEmpty();
    }

    @Test
    void plpgsqlInsideDoBlocksIsNotReported() {
        assertThat(LintFixture.findings(RULE, """
                DO $$
                BEGIN
                    PERFORM 1;
                    RAISE NOTICE 'x';
                END $$;
                """)).isEmpty();
    }

    @Test
    void theInfoDoesNotFailTheRun() {
        assertThat(LintFixture.lint("UPSERT INTO t VALUES (1);\n")).allSatisfy(f -> assertThat(f.isError()).isFalse());
    }
}
