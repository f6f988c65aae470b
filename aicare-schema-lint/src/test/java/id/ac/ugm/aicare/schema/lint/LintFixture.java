package id.ac.ugm.aicare.schema.lint;

import java.nio.file.Path;
import java.util.List;

/** Lints SQL text in tests, as a versioned migration unless a file name is given. */
public final class LintFixture {

    private static final MigrationLinter LINTER = MigrationLinter.builder().parallelism(1).build();

    private LintFixture() {
    }

    public static List<Finding> lint(String sql) {
        return lint("V2__change.sql", sql);
    }

    public static List<Finding> lint(String fileName, String sql) {
        return LINTER.lintSql(Path.of(fileName), sql).findings();
    }

    /** The findings of one rule only. */
    public static List<Finding> findings(String rule, String sql) {
        return lint(sql).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public static List<Finding> findings(String rule, String fileName, String sql) {
        return lint(fileName, sql).stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
