package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class MigrateDryRunCommandTest {

    @Test
    void theDryRunPrintsThePendingStatementsAndChangesNothing(TestDatabase parent, @TempDir Path classpath)
            throws Exception {
        TestDatabase db = parent.createSibling("dryrun");
        assertThat(run("init", db, "--module", "finance", "--quiet").exitCode()).isZero();
        Path folder = Files.createDirectories(classpath.resolve("db/aicare/finance"));
        Files.writeString(folder.resolve("V2__add_transaction_note.sql"), """
                SET lock_timeout = '5s';
                ALTER TABLE transactions ADD COLUMN IF NOT EXISTS note text;
                """);
        var historiesBefore = histories(db);
        var catalogBefore = InitCli.snapshot(db);

        Run dryRun = CliProcesses.run(classpath, db, "migrate", "--module", "finance", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl()) + "; modules auth, finance.",
                "auth          nothing pending",
                "finance       V2      add transaction note (SQL)",
                "    SET lock_timeout = '5s';",
                "    ALTER TABLE transactions ADD COLUMN IF NOT EXISTS note text;",
                "Dry run: 1 migration pending; nothing was changed and no history was written.");
        assertThat(histories(db)).isEqualTo(historiesBefore);
        assertThat(InitCli.snapshot(db)).isEqualTo(catalogBefore);
    }

    private static java.util.List<String> histories(TestDatabase db) throws Exception {
        return InitCli.rows(db, "SELECT 'auth', version, type, success::text, description FROM aicare_schema_history_auth "
                + "UNION ALL SELECT 'finance', version, type, success::text, description FROM aicare_schema_history_finance");
    }

    @Test
    void aServiceLinesPendingMigrationsArePlannedAfterTheModulesAndNothingChanges(TestDatabase parent,
            @TempDir Path dir) throws Exception {
        TestDatabase db = parent.createSibling("dryrun_line");
        assertThat(run("init", db, "--module", "auth", "--quiet").exitCode()).isZero();
        Files.writeString(dir.resolve("V1__add_nickname.sql"),
                "ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;\n");
        assertThat(run("migrate", db, "--module", "auth", "--service-line", "accounts=filesystem:" + dir).exitCode())
                .isZero();
        Files.writeString(dir.resolve("V2__index_nickname.sql"),
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_nickname ON users (nickname);\n");
        Files.writeString(dir.resolve("V2__index_nickname.sql.conf"), "executeInTransaction=false\n");
        String lineHistory = "SELECT installed_rank, version, type, success::text, checksum::text "
                + "FROM aicare_service_history_accounts";
        var lineHistoryBefore = InitCli.rows(db, lineHistory);
        var catalogBefore = InitCli.snapshot(db);

        Run dryRun = run("migrate", db, "--module", "auth", "--service-line", "accounts=filesystem:" + dir, "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl()) + "; modules auth.",
                "auth          nothing pending",
                "accounts      V2      index nickname (SQL)",
                "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_nickname ON users (nickname);",
                "Dry run: 1 migration pending; nothing was changed and no history was written.");
        assertThat(InitCli.rows(db, lineHistory)).isEqualTo(lineHistoryBefore).hasSize(2);
        assertThat(InitCli.snapshot(db)).isEqualTo(catalogBefore);
    }

    @Test
    void nothingPendingIsSaidPerModule(TestDatabase parent) {
        TestDatabase db = parent.createSibling("uptodate");
        run("init", db, "--module", "auth", "--quiet");

        Run dryRun = run("migrate", db, "--module", "auth", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl()) + "; modules auth.",
                "auth          nothing pending",
                "Dry run: nothing to migrate; nothing was changed and no history was written.");
    }
}
