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

    @Test
    void anUnknownModuleIsAUsageErrorBeforeAnyConnection() {
        Run check = InitCli.run("check", "--module", "nope", "--url", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.errLines()).hasSize(1).first().asString()
                .startsWith("aicare-schema check: Unknown module 'nope'; the classpath has: auth, clinical");
    }
}
