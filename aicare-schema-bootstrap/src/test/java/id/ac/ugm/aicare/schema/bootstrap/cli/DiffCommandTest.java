package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.diff.internal.JavaMigrationCompiler;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class DiffCommandTest {

    @Test
    void initsRefusalNamesTheDiffThatWritesTheMigrationAfterWhichInitAdopts(TestDatabase parent, @TempDir Path dir)
            throws Exception {
        TestDatabase db = parent.createSibling("drifted");
        db.execute(ReferenceSchema.load().ddl());
        db.execute("ALTER TABLE users ALTER COLUMN email TYPE text; DROP INDEX ix_users_email");

        Run init = run("init", db);
        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.outLines()).contains("  aicare-schema diff --module auth --from database --url jdbc:postgresql://"
                + DatabaseOptions.describe(db.jdbcUrl()) + " writes the migration that takes these tables to the "
                + "models; run it, then init again");

        Path folder = dir.resolve("src/main/java/db/aicare/auth");
        Run diff = run("diff", db, "--from", "database", "--module", "auth", "--dir", folder.toString(), "--verify");

        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
        Path file = folder.resolve("V2__align_with_models.java");
        assertThat(diff.outLines()).containsExactly(
                "wrote " + file + " (module auth, version 2, non-transactional, 2 steps)",
                "  change type of users.email from text to character varying",
                "  create unique index ix_users_email on users USING btree [email] (concurrently)",
                "verified " + file + ": on a scratch copy of the module's tables of " + DatabaseOptions.describe(
                        db.jdbcUrl()) + " it gives exactly the models, and running it again changes nothing");
        assertThat(Files.readString(file)).startsWith("package db.aicare.auth;")
                .contains("public class V2__align_with_models extends IdempotentJavaMigration");

        runOnce(file, "db.aicare.auth.V2__align_with_models", db);
        SchemaSnapshot migrated = snapshot(db);
        runOnce(file, "db.aicare.auth.V2__align_with_models", db);
        assertThat(SchemaDiff.compare(migrated, snapshot(db))).isEmpty();

        Run again = run("init", db);
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains("auth");
    }

    @Test
    void diffOnAnUnchangedModelSaysNoDifferenceAndWritesNothing(TestDatabase parent, @TempDir Path dir) {
        TestDatabase db = parent.createSibling("same");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();

        Run diff = run("diff", db, "--from", "database", "--module", "clinical", "--dir", dir.toString());

        assertThat(diff.exitCode()).isZero();
        assertThat(diff.outLines()).containsExactly("module clinical: no difference between the module's tables of "
                + DatabaseOptions.describe(db.jdbcUrl()) + " and the models; nothing written");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void fromTheBaselineEveryModuleOfTheRepositoryHasNoDifferenceAndNothingIsWritten(TestDatabase parent,
                                                                                      @TempDir Path dir)
            throws Exception {
        TestDatabase server = parent.createSibling("server");
        for (String module : List.of("auth", "clinical", "gamification", "content", "campaigns", "finance",
                "langgraph")) {
            Run diff = run("diff", server, "--module", module, "--dir", dir.toString());

            assertThat(diff.exitCode()).as(diff.err()).isZero();
            assertThat(diff.outLines()).containsExactly("module " + module + ": no difference between module " + module
                    + "'s newest baseline snapshot and its migrations and the models; nothing written");
        }
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(snapshot(server).tables()).isEmpty();
    }

    @Test
    void theSqlFormCarriesItsGuardsLintsCleanAndRunsOutsideATransaction(TestDatabase parent, @TempDir Path dir)
            throws Exception {
        TestDatabase db = parent.createSibling("sql");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        db.execute("DROP INDEX ix_transactions_user_id; ALTER TABLE transactions ALTER COLUMN currency DROP NOT NULL; "
                + "COMMENT ON TABLE transactions IS 'changed by hand'");

        Run diff = run("diff", db, "--from", "database", "--module", "finance", "--sql", "--dir", dir.toString(),
                "--name", "restore");

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        Path script = dir.resolve("V2__restore.sql");
        assertThat(dir.resolve("V2__restore.sql.conf")).hasContent("executeInTransaction=false");
        assertThat(Files.readString(script)).contains("ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_transactions_user_id ON transactions");
        // The linter reads the .conf beside the script as Flyway does: outside a transaction, the CONCURRENTLY
        // builds may stand beside the other statements, and the pair lints clean.
        LintReport report = MigrationLinter.builder().build().lint(List.of(dir));
        assertThat(report.errors()).isEmpty();
        String config = Files.readString(dir.resolve("V2__restore.sql.conf"));
        Files.delete(dir.resolve("V2__restore.sql.conf"));
        assertThat(MigrationLinter.builder().build().lint(List.of(dir)).errors()).extracting(Finding::rule)
                .isNotEmpty().containsOnly("ban-concurrent-index-creation-in-transaction");
        Files.writeString(dir.resolve("V2__restore.sql.conf"), config);

        migrateWithFlyway(db, dir, "fx_sql_first_run");
        SchemaSnapshot once = snapshot(db);
        migrateWithFlyway(db, dir, "fx_sql_second_run");
        assertThat(SchemaDiff.compare(once.onlyTables(name -> !name.startsWith("fx_sql_")),
                snapshot(db).onlyTables(name -> !name.startsWith("fx_sql_")))).isEmpty();
        assertThat(run("status", db, "--module", "finance").outLines())
                .anyMatch(line -> line.startsWith("finance") && line.contains("matches the models"));
    }

    /** The script as Flyway runs it, with a history of its own baselined at the module's version 1. */
    private static void migrateWithFlyway(TestDatabase db, Path dir, String history) {
        FluentConfiguration configuration = Flyway.configure().dataSource(db.dataSource()).table(history)
                .locations("filesystem:" + dir).baselineOnMigrate(true).baselineVersion("1");
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        configuration.load().migrate();
    }

    @Test
    void aRenameOfAColumnThatIsNotThereIsOneLineAndWritesNothing(TestDatabase parent, @TempDir Path dir) {
        TestDatabase db = parent.createSibling("rename");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();

        Run diff = run("diff", db, "--from", "database", "--module", "auth", "--dir", dir.toString(),
                "--rename-column", "users.nickname=full_name");

        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.errLines()).singleElement().asString().startsWith("aicare-schema diff: rename column "
                + "users.nickname=full_name: table users in the database has no column nickname");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void verifyWaitsForWhatTheAuthorMustFillInThenVerifiesTheFilledFile(TestDatabase parent, @TempDir Path dir)
            throws Exception {
        TestDatabase db = parent.createSibling("fillin");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        db.execute("ALTER TABLE user_badges DROP COLUMN awarded_at");

        Run diff = run("diff", db, "--from", "database", "--module", "gamification", "--dir", dir.toString(),
                "--verify");

        Path file = dir.resolve("V2__align_with_models.java");
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.outLines()).contains("not verified: fill in V2__align_with_models.java first, then run diff "
                + "again with the same options and --verify --migration " + file);
        String source = Files.readString(file);
        assertThat(source).contains("FILL_IN_user_badges_awarded_at");
        Files.writeString(file, source.replace("FILL_IN_user_badges_awarded_at", "\"now()\""));

        Run verify = run("diff", db, "--from", "database", "--module", "gamification", "--verify", "--migration",
                file.toString());

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.outLines()).singleElement().asString().startsWith("verified " + file);
        assertThat(dir.toFile().list()).containsExactly("V2__align_with_models.java");
    }

    @Test
    void aMalformedRenameIsAUsageErrorBeforeAnyConnection(@TempDir Path dir) {
        Run diff = InitCli.run("diff", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--module", "auth",
                "--dir", dir.toString(), "--rename-column", "users.nickname");

        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.errLines()).containsExactly("aicare-schema diff: --rename-column must be TABLE.OLD=NEW, e.g. "
                + "journal_entries.body=content; got 'users.nickname'");
    }

    @Test
    void aTriggerItCannotWriteIsReportedAndMarkedInTheFileWithExitCodeOne(TestDatabase parent, @TempDir Path dir)
            throws Exception {
        TestDatabase db = parent.createSibling("trigger");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        db.execute("""
                CREATE FUNCTION keep_rate() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                CREATE TRIGGER subscriptions_keep BEFORE UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION keep_rate();
                """);

        Run diff = run("diff", db, "--from", "database", "--module", "finance", "--dir", dir.toString());

        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.outLines()).contains("not written: subscriptions.subscriptions_keep: trigger CREATE TRIGGER "
                + "subscriptions_keep BEFORE UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION keep_rate() in the "
                + "database, none in the models: diff does not write triggers");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .contains("NOT_WRITTEN_subscriptions_subscriptions_keep();");
        }
    }

    @Test
    void diffNeverOverwritesAMigration(TestDatabase parent, @TempDir Path dir) throws Exception {
        TestDatabase db = parent.createSibling("overwrite");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        db.execute("COMMENT ON TABLE users IS 'changed'");
        Files.writeString(dir.resolve("V2__align_with_models.java"), "// mine");

        Run diff = run("diff", db, "--from", "database", "--module", "auth", "--dir", dir.toString(), "--version", "2");

        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.errLines()).singleElement().asString().contains("version 2 is taken by");
        assertThat(dir.resolve("V2__align_with_models.java")).hasContent("// mine");
    }

    /** Runs the written migration as Flyway would: in auto-commit when it says it runs outside a transaction. */
    private static void runOnce(Path file, String className, TestDatabase db) throws Exception {
        try (JavaMigrationCompiler.Compiled compiled = JavaMigrationCompiler.compile(file, className);
             Connection connection = db.connection()) {
            JavaMigration migration = (JavaMigration) compiled.migration();
            connection.setAutoCommit(!migration.canExecuteInTransaction());
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
