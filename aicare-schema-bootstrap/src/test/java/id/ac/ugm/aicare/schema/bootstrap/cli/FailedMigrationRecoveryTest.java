package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that runs outside a transaction fails half-way; the CLI alone says why (without the value
 * it choked on), shows it as failed, refuses to migrate past it, repairs the history and runs it again.
 * Each step is a separate {@code java} process, as an operator would run it, with the migration on its
 * classpath.
 */
@PostgresTest
class FailedMigrationRecoveryTest {

    private static final String SECRET = "Feeling hopeless since Monday";

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void aFailedNonTransactionalMigrationIsRepairedAndRunAgainWithTheCliAlone(TestDatabase parent, @TempDir Path classes)
            throws Exception {
        TestDatabase db = parent.createSibling("recovery");
        Path folder = Files.createDirectories(classes.resolve("db/aicare/finance"));
        Path script = folder.resolve("V2__add_note.sql");
        String goodPart = """
                ALTER TABLE transactions ADD COLUMN IF NOT EXISTS note text;
                CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_transactions_note ON transactions (note);
                """;
        Files.writeString(script, goodPart + "SELECT '" + SECRET + "'::date;\n");
        Files.writeString(folder.resolve("V2__add_note.sql.conf"), "executeInTransaction=false\n");
        assertThat(cli(db, classes, "init", "--quiet", "--module", "finance").exitCode()).isZero();

        Result failing = cli(db, classes, "migrate", "--module", "finance");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.err().lines().toList()).singleElement().asString()
                .contains("migrate failed in module finance: migration V2 (add note), statement at line 3, "
                        + "SQL state 22007: invalid input syntax for type date: \"…\"")
                .contains("run repair --module finance and migrate again")
                .doesNotContain("hopeless");

        Result status = cli(db, classes, "status", "--module", "finance", "--verbose");
        assertThat(status.exitCode()).isEqualTo(StatusCommand.FAILED);
        assertThat(status.out()).contains("1 failed migration (V2 (add note); see repair)")
                .contains("    failed   V2 add note (").doesNotContain("applied  V2");

        Result refused = cli(db, classes, "migrate", "--module", "finance");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("migration V2 (add note) is recorded as failed")
                .contains("repair --module finance");

        AtomicReference<Result> noTerminal = new AtomicReference<>();
        List<String> sent = StatementLog.of(db).during(() -> noTerminal.set(cli(db, classes, "repair", "--module",
                "finance")));
        assertThat(noTerminal.get().exitCode()).isEqualTo(2);
        assertThat(noTerminal.get().err()).contains("there is none").contains("--yes");
        assertThat(sent).isEmpty();

        Files.writeString(script, goodPart); // the fix: what it did before failing is idempotent, the bad line goes
        Result repair = cli(db, classes, "repair", "--module", "finance", "--yes");
        assertThat(repair.exitCode()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("module finance (aicare_schema_history_finance):",
                "  remove the failed row of V2 (add note), run ",
                "Repaired the history of module finance; migrate runs V2 (add note) again.");

        Result migrate = cli(db, classes, "migrate", "--module", "finance");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("V2").contains("add note");
        assertThat(InitCli.rows(db, "SELECT version, success::text FROM aicare_schema_history_finance "
                + "WHERE version = '2'")).containsExactly("2 true");
        assertThat(InitCli.rows(db, "SELECT indisvalid::text FROM pg_index "
                + "WHERE indexrelid = 'ix_transactions_note'::regclass")).containsExactly("true");
        assertThat(cli(db, classes, "migrate", "--module", "finance").out()).contains("Nothing to migrate");
    }

    private static Result cli(TestDatabase db, Path extraClasses, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", extraClasses + File.pathSeparator + System.getProperty("java.class.path"),
                AicareSchemaCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(DatabaseOptions.URL_VARIABLE, db.jdbcUrl());
        builder.environment().put(DatabaseOptions.USER_VARIABLE, db.user());
        builder.environment().put(DatabaseOptions.PASSWORD_VARIABLE, db.password());
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
