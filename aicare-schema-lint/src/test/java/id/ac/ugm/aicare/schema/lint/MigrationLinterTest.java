package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as a consumer's build uses it: lint db/migration and fail on errors. */
class MigrationLinterTest {

    @Test
    void wellWrittenMigrationsHaveNoErrors(@TempDir Path dir) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V0002__mood_tracking.sql"), """
                SET lock_timeout = '5s';
                SET statement_timeout = '5min';
                DO $$
                BEGIN
                    CREATE TYPE mood AS ENUM ('calm', 'tense');
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$;
                CREATE TABLE IF NOT EXISTS mood_entries (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    user_id bigint NOT NULL,
                    mood mood NOT NULL,
                    note text,
                    recorded_at timestamptz NOT NULL DEFAULT now()
                );
                CREATE INDEX IF NOT EXISTS mood_entries_user ON mood_entries (user_id);
                ALTER TABLE users ADD COLUMN IF NOT EXISTS mood_reminders boolean NOT NULL DEFAULT false;
                """);
        Files.writeString(migrations.resolve("V0003__mood_entries_user_index.sql"),
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_last_mood ON users (id);\n");

        LintReport report = MigrationLinter.builder().build().lint(migrations);

        assertThat(report.filesLinted()).isEqualTo(2);
        assertThat(report.errors()).isEmpty();
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void errorsFailTheReport() {
        LintReport report = MigrationLinter.builder().build()
                .lintSql(Path.of("V5__bad.sql"), "CREATE TABLE t (id bigint);");
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void parallelAndSequentialRunsFindTheSame(@TempDir Path dir) throws Exception {
        for (int i = 1; i <= 20; i++) {
            Files.writeString(dir.resolve(String.format("V%04d__m.sql", i)),
                    "ALTER TABLE t" + i + " ADD COLUMN c int;\nDROP TABLE x" + i + ";\n");
        }
        LintReport parallel = MigrationLinter.builder().parallelism(2).build().lint(dir);
        LintReport sequential = MigrationLinter.builder().parallelism(1).build().lint(dir);
        assertThat(parallel.findings()).isNotEmpty().isEqualTo(sequential.findings());
    }

    @Test
    void everyRuleHasAMessageAndAHint() {
        assertThat(RuleCatalog.all()).hasSizeGreaterThan(30).allSatisfy(rule -> {
            assertThat(rule.name()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.message()).isNotBlank().doesNotContain("\n");
            assertThat(rule.hint()).isNotBlank().doesNotContain("\n");
        });
    }
}
