package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

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
}
