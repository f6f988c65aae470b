package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --verify} end to end against a real PostgreSQL, through the command line. */
@PostgresTest
class LintVerifyCommandTest {

    private final TestDatabase database;

    LintVerifyCommandTest(TestDatabase database) {
        this.database = database;
    }

    private String[] args(Path migrations, String... extra) {
        List<String> args = new ArrayList<>(List.of("lint", "--verify", "--url", database.jdbcUrl(),
                "--user", database.user()));
        args.addAll(List.of(extra));
        args.add(migrations.toString());
        return args.toArray(String[]::new);
    }

    /** The password as the README says to give it, not on the command line (which draws a warning). */
    private Map<String, String> environment() {
        return Map.of(DatabaseOptions.PASSWORD_VARIABLE, database.password());
    }

    @Test
    void aModelModulesMigrationsStartFromTheModelsSchema(@TempDir Path dir) throws Exception {
        Path auth = Files.createDirectories(dir.resolve("src/main/resources/db/aicare/auth"));
        Files.writeString(auth.resolve("V2__users_nickname.sql"), """
                SET lock_timeout = '5s';
                SET statement_timeout = '1min';
                ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args(auth, "--format", "text"), environment(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).doesNotContain("migration-failed").endsWith("1 file linted: 0 errors, 0 warnings\n");
        assertThat(code).isZero();

        // The same file elsewhere starts from an empty database, where users does not exist.
        Path plain = Files.createDirectories(dir.resolve("db/migration"));
        Files.copy(auth.resolve("V2__users_nickname.sql"), plain.resolve("V2__users_nickname.sql"));
        StringWriter elsewhere = new StringWriter();
        AicareSchemaCli.execute(args(plain, "--format", "text"), environment(), new PrintWriter(elsewhere, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(elsewhere.toString()).contains("migration-failed").contains("relation \"users\" does not exist");
    }

    @Test
    void reportsTheStatementThatFailsOnTheSecondRun(@TempDir Path dir) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V0001__journal.sql"),
                "CREATE TABLE IF NOT EXISTS journal (id bigint PRIMARY KEY, body text);\n");
        // A suppression silences the static rule, so only the dynamic proof can catch it.
        Files.writeString(migrations.resolve("V0002__journal_body.sql"), """
                SET lock_timeout = '5s';
                SET statement_timeout = '1min';
                -- aicare-lint: ignore prefer-robust-stmts reviewed, deliberately left unguarded for this test
                CREATE INDEX journal_body ON journal (body);
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args(migrations, "--format", "text"), environment(),
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("V0002__journal_body.sql:4:1 error not-idempotent fails on the second run: "
                + "ERROR: relation \"journal_body\" already exists (SQLSTATE 42P07)");
    }

    @Test
    void idempotentMigrationsPass(@TempDir Path dir) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V0001__journal.sql"),
                "CREATE TABLE IF NOT EXISTS journal (id bigint PRIMARY KEY, body text);\n");
        StringWriter out = new StringWriter();
        int code = AicareSchemaCli.execute(args(migrations), environment(), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("1 file linted: 0 errors, 0 warnings\n");
    }

    @Test
    void migrationThatDropsAnotherDatabaseIsRefusedAndReported(@TempDir Path dir) throws Exception {
        TestDatabase victim = database.createSibling("victim");
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V0001__evil.sql"), "DROP DATABASE IF EXISTS " + victim.name() + ";\n");
        StringWriter out = new StringWriter();
        int code = AicareSchemaCli.execute(args(migrations), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("V0001__evil.sql:1:1 error privileged-statement refused: ERROR: must be owner of "
                + "database " + victim.name() + " (SQLSTATE 42501)");
        try (var connection = database.connection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + victim.name() + "'")) {
            assertThat(rows.next()).isTrue();
        }
    }

    @Test
    void userWhoCannotCreateTheContainedRoleGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        String user = "aicare_test_lint_cli_" + Long.toHexString(System.nanoTime());
        database.execute("CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD 'secret'");
        try {
            Path migrations = Files.createDirectories(dir.resolve("db/migration"));
            Files.writeString(migrations.resolve("V0001__a.sql"), "CREATE TABLE IF NOT EXISTS a (id bigint);\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // The password comes from the environment, as documented: on the command line it draws a warning line.
            int code = AicareSchemaCli.execute(new String[] {"lint", "--verify", "--url", database.jdbcUrl(), "--user", user,
                    migrations.toString()}, java.util.Map.of(DatabaseOptions.PASSWORD_VARIABLE, "secret"),
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).contains("--verify: cannot create the role the migrations run as (the user needs "
                    + "CREATEROLE): ERROR: permission denied to create role (SQLSTATE 42501)").hasLineCount(1);
        } finally {
            database.execute("DROP ROLE IF EXISTS " + user);
        }
    }
}
