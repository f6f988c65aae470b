package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@PostgresTest
class RepairCommandTest {

    /** A history row as Flyway writes it for a migration that failed outside a transaction. */
    static void recordAFailedMigration(TestDatabase db, String module, String version, String description) {
        db.execute("INSERT INTO aicare_schema_history_" + module + " (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) SELECT max(installed_rank) + 1, '" + version
                + "', '" + description + "', 'SQL', 'V" + version + "__" + description.replace(' ', '_') + ".sql', 1, "
                + "current_user, 5, false FROM aicare_schema_history_" + module);
    }

    private static List<String> failedRows(TestDatabase db, String module) throws Exception {
        return InitCli.rows(db, "SELECT count(*) FROM aicare_schema_history_" + module + " WHERE NOT success");
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesBeforeSendingAnySql(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("noterminal");
        run("init", db, "--quiet", "--module", "auth");
        recordAFailedMigration(db, "auth", "2", "add nickname");
        AtomicReference<Run> result = new AtomicReference<>();

        List<String> sent = StatementLog.of(db).during(() -> result.set(run("repair", db, "--module", "auth")));

        assertThat(result.get().exitCode()).isEqualTo(2);
        assertThat(result.get().errLines()).containsExactly("aicare-schema repair: repair asks for confirmation on a "
                + "terminal and there is none; read the plan (status --verbose) and pass --yes");
        assertThat(sent).isEmpty();
        assertThat(failedRows(db, "auth"))
                .containsExactly("1");
    }

    @Test
    void withYesItShowsAndRemovesOnlyTheNamedModulesFailedRows(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("yes");
        run("init", db, "--quiet", "--module", "finance");
        recordAFailedMigration(db, "auth", "2", "add nickname");
        recordAFailedMigration(db, "finance", "2", "add note");

        Run repair = run("repair", db, "--module", "finance", "--yes");

        assertThat(repair.exitCode()).as(repair.err()).isZero();
        assertThat(repair.outLines()).contains("module finance (aicare_schema_history_finance):",
                "Repaired the history of module finance; migrate runs V2 (add note) again.");
        assertThat(repair.out()).contains("  remove the failed row of V2 (add note), run ").doesNotContain("nickname");
        assertThat(failedRows(db, "finance"))
                .containsExactly("0");
        assertThat(failedRows(db, "auth"))
                .containsExactly("1");
    }

    @Test
    void aHealthyHistoryHasNothingToRepair(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("healthy");
        run("init", db, "--quiet", "--module", "auth");
        String history = "SELECT version, success::text FROM aicare_schema_history_auth ORDER BY installed_rank";
        var before = InitCli.rows(db, history);

        Run repair = run("repair", db, "--module", "auth", "--yes");

        assertThat(repair.exitCode()).isZero();
        assertThat(repair.outLines()).contains("Nothing to repair: the history of module auth has no failed, changed "
                + "or missing migration.");
        assertThat(InitCli.rows(db, history)).isEqualTo(before);
    }

    @Test
    void aPlanThatNoLongerMatchesTheHistoryRepairsNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("stale");
        run("init", db, "--quiet", "--module", "auth");
        recordAFailedMigration(db, "auth", "2", "add nickname");
        SchemaBootstrap bootstrap = SchemaBootstrap.configure(db.dataSource()).modules(List.of("auth")).load();
        RepairPlan shown = bootstrap.repairPlan(List.of("auth"));
        recordAFailedMigration(db, "auth", "3", "add pronouns"); // another instance, after the plan was shown

        assertThatThrownBy(() -> bootstrap.repair(shown)).isInstanceOf(SchemaBootstrapException.class)
                .hasMessageContaining("nothing was repaired");
        assertThat(failedRows(db, "auth"))
                .containsExactly("2");
    }
}
