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
class ServiceLineCommandTest {

    @TempDir
    Path migrations;

    private String line() throws Exception {
        Files.writeString(migrations.resolve("V1__add_mood.sql"),
                "ALTER TABLE journal_entries ADD COLUMN mood smallint;\n");
        Files.writeString(migrations.resolve("V2__index_mood.sql"),
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_journal_entries_mood ON journal_entries (mood);\n");
        return "journal=filesystem:" + migrations;
    }

    @Test
    void migrateAppliesAServiceLineGivenOnTheCommandLineOnce(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("migrate");
        String line = line();
        assertThat(run("init", db, "--quiet").exitCode()).isZero();

        Run first = run("migrate", db, "--service-line", line);
        Run second = run("migrate", db, "--service-line", line);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(InitCli.rows(db, "SELECT version, type, success::text FROM aicare_service_history_journal "
                + "ORDER BY installed_rank")).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true");
    }

    @Test
    void statusShowsTheLinesObjectsAsTheLinesAndTheModuleAsMatching(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("status");
        String line = line();
        assertThat(run("init", db, "--quiet").exitCode()).isZero();
        assertThat(run("migrate", db, "--quiet", "--service-line", line).exitCode()).isZero();

        Run status = run("status", db, "--verbose", "--service-line", line);

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.outLines()).contains(
                "clinical      1         1        0        0        matches the models (16 tables)",
                "journal       -         2        2        0        service line on auth, clinical, campaigns, "
                        + "content, finance, gamification, langgraph: its 2 objects match",
                "    owns     journal_entries.mood: unexpected column smallint",
                "    owns     journal_entries.ix_journal_entries_mood: unexpected index btree [mood]",
                "Every module is initialised, migrated and matches the models.",
                "Every service line is migrated and its objects match.");
    }

    @Test
    void aMalformedServiceLineOptionIsAUsageError(TestDatabase db) {
        Run migrate = run("migrate", db, "--service-line", "journal");

        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.errLines()).containsExactly(
                "aicare-schema migrate: --service-line journal: expected NAME=LOCATION, e.g. journal=filesystem:db/service");
    }
}
