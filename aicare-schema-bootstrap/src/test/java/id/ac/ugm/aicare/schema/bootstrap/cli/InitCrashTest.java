package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a separate JVM running {@code init} (destroyForcibly: no shutdown hooks, no rollback by the
 * client) at several points, checks that the database is as before (or, after the commit, fully
 * initialised), runs {@code init} again and compares the end state with a clean {@code init}.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitCrashTest {

    private SchemaSnapshot clean;
    private List<String> cleanHistories;

    @BeforeAll
    void cleanInit(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("clean");
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        clean = InitCli.snapshot(db);
        cleanHistories = InitCli.histories(db);
    }

    static Stream<Arguments> killPoints() {
        return Stream.of(
                Arguments.of("inspected", false),       // lock held, nothing created yet
                Arguments.of("table:1", false),          // first table created
                Arguments.of("table:40", false),         // in the middle of the clinical module
                Arguments.of("fks:langgraph", false),    // every table and foreign key created, nothing stamped
                Arguments.of("stamped:auth", false),     // the first history written
                Arguments.of("committing", false),       // everything done but the commit
                Arguments.of("done", true));             // after the commit
    }

    @ParameterizedTest(name = "killed at {0}")
    @MethodSource("killPoints")
    void aKilledInitLeavesTheDatabaseAsBeforeOrDoneAndInitFinishesTheJob(String point, boolean committed,
                                                                        TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("kill" + point.replaceAll("[^a-z0-9]", ""));
        db.execute("CREATE TABLE their_table (id int PRIMARY KEY)");
        SchemaSnapshot before = InitCli.snapshot(db);

        List<String> childOutput = runAndKillAt(db, point);

        assertThat(childOutput).contains("step " + point, "paused");
        SchemaSnapshot afterKill = InitCli.snapshot(db);
        if (committed) {
            assertThat(SchemaDiff.compare(clean, afterKill.onlyTables(clean.tables().keySet()))).isEmpty();
        } else {
            assertThat(SchemaDiff.compare(before, afterKill)).as("the database is as it was before").isEmpty();
        }

        InitCli.Run again = run("init", db, "--quiet");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains(committed ? "Already initialised" : "Created 69 tables");
        SchemaSnapshot recovered = InitCli.snapshot(db);
        assertThat(SchemaDiff.compare(clean, recovered, SchemaDiff.Options.strict().ignoringExtras())).isEmpty();
        assertThat(recovered.tables().keySet()).containsAll(clean.tables().keySet()).contains("their_table");
        assertThat(recovered.tables()).hasSize(clean.tables().size() + 1);
        assertThat(InitCli.histories(db)).isEqualTo(cleanHistories);
    }

    /** Starts the child, reads its steps until it pauses at the point, and kills it there. */
    private static List<String> runAndKillAt(TestDatabase db, String point) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.jboss.logging.provider=slf4j", InitCrashChild.class.getName(),
                db.jdbcUrl(), db.user(), db.password(), point)
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals("paused")) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return output;
    }
}
