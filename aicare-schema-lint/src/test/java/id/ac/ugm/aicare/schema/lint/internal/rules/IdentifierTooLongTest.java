package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {

    private static final String RULE = "identifier-too-long";

    @Test
    void isReportedOnAnIdentifierOver63BytesWithTheNameTheCatalogGets() {
        // LemmyNet/lemmy migrations/2023-07-04-153335_add_optimized_indexes/up.sql:42 (AGPL-3.0), as written there:
        // the index name is 64 bytes, and PostgreSQL creates "..._nec".
        assertThat(LintFixture.findings(RULE, """
                CREATE INDEX idx_post_aggregates_featured_community_newest_comment_time_necro ON post_aggregates (featured_community DESC, newest_comment_time_necro DESC);
                """)).extracting(Finding::line, Finding::column, Finding::message).containsExactly(tuple(1, 14,
                        "identifier of 64 bytes is silently truncated to \"idx_post_aggregates_featured_community_newest_comment_time_necr\" (63 bytes)"));
    }

    @Test
    void quotedNamesColumnsAndNamesInsideDoBlocksAreCheckedToo() {
        String column = "c".repeat(64);
        assertThat(LintFixture.findings(RULE, "ALTER TABLE t ADD COLUMN \"" + column + "\" bigint;\n"
                + "DO $$ BEGIN CREATE INDEX " + "i".repeat(70) + " ON t (id); END $$;\n"))
                .extracting(Finding::line, Finding::column).containsExactly(tuple(1, 26), tuple(2, 26));
    }

    @Test
    void aMultibyteNameIsCutAtACharacterBoundary() {
        // 22 three-byte characters are 66 bytes; 21 of them fit in 63.
        assertThat(LintFixture.findings(RULE, "CREATE TABLE \"" + "表".repeat(22) + "\" (id bigint);"))
                .extracting(Finding::message).containsExactly(
                        "identifier of 66 bytes is silently truncated to \"" + "表".repeat(21) + "\" (63 bytes)");
    }

    @Test
    void isNotReportedUpTo63BytesNorInStringsCommentsOrFunctionBodies() {
        // Prisma cuts its generated names to exactly 63 bytes: triggerdotdev/trigger.dev
        // internal-packages/database/prisma/migrations/20230525134604_add_missing_connections/migration.sql:21 (Apache-2.0).
        String long64 = "x".repeat(64);
        assertThat(LintFixture.findings(RULE, """
                CREATE UNIQUE INDEX "MissingApiConnection_apiConnectionClientId_connectionType_e_key" ON "MissingApiConnection"("apiConnectionClientId", "connectionType", "externalAccountId");
                -- %1$s
                COMMENT ON TABLE t IS '%1$s';
                CREATE OR REPLACE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT 1 AS %1$s $$;
                """.formatted(long64))).isEmpty();
    }
}
