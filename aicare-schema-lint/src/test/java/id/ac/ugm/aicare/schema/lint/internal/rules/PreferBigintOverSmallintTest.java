package id.ac.ugm.aicare.schema.lint.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintFixture;
import org.junit.jupiter.api.Test;

class PreferBigintOverSmallintTest {

    private static final String RULE = "prefer-bigint-over-smallint";

    @Test
    void isReportedOnEverySpellingOfA16BitInteger() {
        // Lines 2 and 3: LemmyNet/lemmy migrations/2019-03-03-163336_create_post/up.sql (AGPL-3.0) and
        // supabase/auth migrations/20210730183235_add_email_change_confirmed.up.sql (MIT), as written there.
        assertThat(LintFixture.findings(RULE, """
                CREATE TABLE post_like (
                    score smallint NOT NULL, -- -1, or 1 for dislike, like, no row for no opinion
                    id int2, code smallserial, n serial2, tags pg_catalog.int2[]);
                ALTER TABLE auth.users ADD COLUMN IF NOT EXISTS email_change_confirm_status smallint DEFAULT 0 CHECK (email_change_confirm_status >= 0 AND email_change_confirm_status <= 2);
                """)).extracting(Finding::line, Finding::column).containsExactly(
                        tuple(2, 11), tuple(3, 8), tuple(3, 19), tuple(3, 34), tuple(3, 48), tuple(4, 77));
    }

    @Test
    void isNotReportedForWiderIntegersOrAUserTypeOfThatName() {
        assertThat(LintFixture.findings(RULE, """
                CREATE TABLE post_like (score bigint NOT NULL, id int8, code bigserial, n integer, m int4, s serial,
                    q "smallint", r numeric(4));
                CREATE TEMPORARY TABLE scratch (score smallint);
                """)).isEmpty();
    }
}
