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
class MigrateCommandTest {

    @Test
    void migrateAfterInitHasNothingToDoWhileNoModuleShipsMigrations(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("migrate");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        var before = InitCli.histories(db);

        Run migrate = run("migrate", db);

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl())
                        + "; modules auth, clinical, campaigns, content, finance, gamification, langgraph.",
                "Nothing to migrate: every module is up to date (auth 1, clinical 1, campaigns 1, content 1, finance 1, "
                        + "gamification 1, langgraph 1).");
        assertThat(InitCli.histories(db)).isEqualTo(before);
    }

    @Test
    void migrateRefusesADatabaseThatWasNotInitialised(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("noinit");

        Run migrate = run("migrate", db, "--module", "auth");

        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.errLines()).containsExactly("aicare-schema migrate: " + DatabaseOptions.describe(db.jdbcUrl())
                + ": not initialised: module auth (no Flyway history in schema public); run init first");
        assertThat(InitCli.snapshot(db).tables()).isEmpty();
    }

    @Test
    void aFailingMigrationIsOneLineNamingMigrationLineAndSqlStateWithoutTheValueTheServerQuoted(
            TestDatabase parent, @TempDir Path classpath) throws Exception {
        TestDatabase db = parent.createSibling("failing");
        assertThat(run("init", db, "--module", "finance", "--quiet").exitCode()).isZero();
        Path folder = Files.createDirectories(classpath.resolve("db/aicare/finance"));
        Files.writeString(folder.resolve("V2__date_of_note.sql"), """
                CREATE TABLE notes_copy (body text);
                INSERT INTO notes_copy VALUES ('I could not sleep again and I feel hopeless');
                SELECT body::date FROM notes_copy;
                """);

        Run migrate = CliProcesses.run(classpath, db, "migrate", "--module", "finance", "--quiet");

        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.out() + migrate.err()).doesNotContain("hopeless");
        assertThat(migrate.errLines()).last().asString().isEqualTo("aicare-schema migrate: "
                + DatabaseOptions.describe(db.jdbcUrl()) + ": migrate failed in module finance: migration V2 (date of note), "
                + "statement at line 3, SQL state 22007: invalid input syntax for type date: \"…\"; Flyway rolled it back");
        assertThat(InitCli.rows(db, "SELECT count(*) FROM pg_class WHERE relname = 'notes_copy'")).containsExactly("0");
    }
}
