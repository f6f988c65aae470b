package id.ac.ugm.aicare.schema.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Squawk's four rules reach every output format, with their names, as the older rules do. */
class EveryFormatNamesEveryRuleTest {

    private static final List<String> RULES = List.of("require-enum-value-ordering", "prefer-identity",
            "prefer-bigint-over-smallint", "identifier-too-long");

    @Test
    void eachFormatCarriesEachOfTheFourRules() {
        LintReport report = MigrationLinter.builder().parallelism(1).build().lintSql(Path.of("V2__squawk_rules.sql"), """
                ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm';
                CREATE TABLE IF NOT EXISTS journal_tags (id serial PRIMARY KEY, weight smallint,
                    idx_post_aggregates_featured_community_newest_comment_time_necro bigint);
                """);
        assertThat(report.findings()).extracting(f -> f.rule()).containsAll(RULES);
        for (ReportFormat format : ReportFormat.values()) {
            String rendered = format.render(report);
            for (String rule : RULES) {
                assertThat(rendered).as(format + " " + rule).contains(rule);
            }
        }
    }
}
