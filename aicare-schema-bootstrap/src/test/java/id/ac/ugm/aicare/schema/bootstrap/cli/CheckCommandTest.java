package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class CheckCommandTest {

    @Test
    void everyModulesBaselineReachesItsModels(TestDatabase db) throws Exception {
        Run check = run("check", db);

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl()) + " (scratch schemas only, rolled back); modules "
                        + "auth, clinical, campaigns, content, finance, gamification, langgraph.",
                "auth          baseline 1    + 0 migrations  reaches the models",
                "clinical      baseline 1    + 0 migrations  reaches the models",
                "campaigns     baseline 1    + 0 migrations  reaches the models",
                "content       baseline 1    + 0 migrations  reaches the models",
                "finance       baseline 1    + 0 migrations  reaches the models",
                "gamification  baseline 1    + 0 migrations  reaches the models",
                "langgraph     baseline 1    + 0 migrations  reaches the models",
                "Every module's baselines and migrations reach its models (7 modules).");
        assertThat(InitCli.snapshot(db).tables()).isEmpty();
    }

    @Test
    void aMigrationTheModelsDoNotHaveIsADifferenceWithTheDiffCommandAndExitCodeOne(TestDatabase db,
            @TempDir Path classpath) throws Exception {
        Path folder = Files.createDirectories(classpath.resolve("db/aicare/finance"));
        Files.writeString(folder.resolve("V2__add_transaction_note.sql"),
                "ALTER TABLE transactions ADD COLUMN IF NOT EXISTS note text;\n");

        Run check = CliProcesses.run(classpath, db, "check", "--module", "finance");

        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        assertThat(check.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl()) + " (scratch schemas only, rolled back); modules "
                        + "finance.",
                "finance       baseline 1    + 1 migration   1 difference from the models",
                "    transactions.note: unexpected column text",
                "    the missing migration: aicare-schema diff --module finance --url jdbc:postgresql://"
                        + DatabaseOptions.describe(db.jdbcUrl()),
                "1 of 1 modules fail the check.");
    }

    /**
     * On the engine's diff fixture (module fx_diff, v2 models, baseline V1): diff writes the migration,
     * filled in and compiled it passes the check; with the step that adds fx_entries.summary taken out
     * the check fails naming that column and the diff command that writes the missing migration.
     */
    @Test
    void onTheDiffFixtureTheMigrationDiffWrotePassesAndWithAStepRemovedFailsNamingTheColumn(TestDatabase parent,
            @TempDir Path dir) throws Exception {
        TestDatabase server = parent.createSibling("fx_diff");
        Path classpath = Files.createDirectories(dir.resolve("classes/META-INF/services")).getParent().getParent();
        Files.writeString(classpath.resolve("META-INF/services/" + ModelModule.class.getName()),
                "id.ac.ugm.aicare.schema.engine.diff.fixture.v2.DiaryV2Module\n");
        Path folder = dir.resolve("src/main/java/db/aicare/fx_diff");

        Run diff = CliProcesses.run(classpath, server, "diff", "--module", "fx_diff", "--name", "diary_v2",
                "--rename-column", "fx_entries.body=content", "--dir", folder.toString());
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
        Path file = folder.resolve("V2__diary_v2.java");
        String filled = Files.readString(file).replace("FILL_IN_fx_entries_word_count", "\"coalesce(length(content), 0)\"");
        compile(file, filled, classpath);
        String header = "Database " + DatabaseOptions.describe(server.jdbcUrl())
                + " (scratch schemas only, rolled back); modules fx_diff.";

        Run pass = CliProcesses.run(classpath, server, "check", "--module", "fx_diff");

        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.outLines()).containsExactly(header,
                "fx_diff       baseline 1    + 1 migration   reaches the models",
                "Every module's baselines and migrations reach its models (1 module).");

        String summaryStep = "\n        schema.addColumn(\"fx_entries\", ColumnDef.of(\"summary\", \"character varying(255)\"));";
        assertThat(filled).contains(summaryStep);
        compile(file, filled.replace(summaryStep, ""), classpath);

        Run fail = CliProcesses.run(classpath, server, "check", "--module", "fx_diff");

        assertThat(fail.exitCode()).as(fail.out() + fail.err()).isEqualTo(1);
        assertThat(fail.outLines()).containsExactly(header,
                "fx_diff       baseline 1    + 1 migration   1 difference from the models",
                "    fx_entries.summary: missing column character varying(255)",
                "    the missing migration: aicare-schema diff --module fx_diff --url jdbc:postgresql://"
                        + DatabaseOptions.describe(server.jdbcUrl()),
                "1 of 1 modules fail the check.");
    }

    @Test
    void aServiceLineThatOnlyAddsPassesAndOneThatChangesAModelsColumnFailsNamingIt(TestDatabase db,
            @TempDir Path dir) throws Exception {
        Path adds = Files.createDirectories(dir.resolve("adds"));
        Files.writeString(adds.resolve("V1__add_mood.sql"),
                "ALTER TABLE journal_entries ADD COLUMN IF NOT EXISTS mood smallint;\n");
        Path changes = Files.createDirectories(dir.resolve("changes"));
        Files.writeString(changes.resolve("V1__narrow_content.sql"),
                "SET lock_timeout = '5s';\nALTER TABLE journal_entries ALTER COLUMN content TYPE varchar(2000);\n");
        String header = "Database " + DatabaseOptions.describe(db.jdbcUrl()) + " (scratch schemas only, rolled back); "
                + "modules clinical; service lines journal.";

        Run pass = run("check", db, "--module", "clinical", "--service-line", "journal=filesystem:" + adds);

        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.outLines()).containsExactly(header,
                "clinical      baseline 1    + 0 migrations  reaches the models",
                "journal       service line + 1 migration   keeps the models, adds 1 object",
                "    adds     journal_entries.mood: unexpected column smallint",
                "Every module's baselines and migrations reach its models (1 module), and every service line keeps "
                        + "them (1 service line).");

        Run fail = run("check", db, "--module", "clinical", "--service-line", "journal=filesystem:" + changes);

        assertThat(fail.exitCode()).as(fail.out() + fail.err()).isEqualTo(1);
        assertThat(fail.outLines()).containsExactly(header,
                "clinical      baseline 1    + 0 migrations  reaches the models",
                "journal       service line + 1 migration   changes 1 object of the models",
                "    changes  journal_entries.content: column type expected text, found character varying(2000)",
                "0 of 1 modules and 1 of 1 service line fail the check.");
        assertThat(InitCli.snapshot(db).tables()).isEmpty();
    }

    @Test
    void aServiceLineWhoseLocationIsNotThereIsAUsageErrorBeforeAnyConnection(@TempDir Path dir) {
        Run check = InitCli.run("check", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--module", "clinical",
                "--service-line", "journal=filesystem:" + dir.resolve("missing"));

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.errLines()).containsExactly("aicare-schema check: service line journal: migration location "
                + "filesystem:" + dir.resolve("missing") + " does not exist");
    }

    /** Compiles the migration into the classes folder, where Flyway finds it on the CLI's class path. */
    private static void compile(Path file, String source, Path classes) throws Exception {
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", file.toString());
        assertThat(result).as("javac " + file).isZero();
    }

    @Test
    void anUnknownModuleIsAUsageErrorBeforeAnyConnection() {
        Run check = InitCli.run("check", "--module", "nope", "--url", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.errLines()).hasSize(1).first().asString()
                .startsWith("aicare-schema check: Unknown module 'nope'; the classpath has: auth, clinical");
    }
}
