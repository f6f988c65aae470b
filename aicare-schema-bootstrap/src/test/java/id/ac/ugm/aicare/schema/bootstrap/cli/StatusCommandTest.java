package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@PostgresTest
class StatusCommandTest {

    private static final String HEADER =
            "module        baseline  version  applied  pending  live schema (schema public)";

    @Test
    void statusOfAnInitialisedDatabaseIsOneMatchingLinePerModule(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("init");
        run("init", db, "--quiet");

        Run status = run("status", db);

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl())
                        + "; modules auth, clinical, campaigns, content, finance, gamification, langgraph.",
                HEADER,
                "auth          1         1        0        0        matches the models (9 tables)",
                "clinical      1         1        0        0        matches the models (16 tables)",
                "campaigns     1         1        0        0        matches the models (13 tables)",
                "content       1         1        0        0        matches the models (11 tables)",
                "finance       1         1        0        0        matches the models (6 tables)",
                "gamification  1         1        0        0        matches the models (9 tables)",
                "langgraph     1         1        0        0        matches the models (5 tables)",
                "Every module is initialised, migrated and matches the models.");
    }

    @Test
    void statusCountsDifferencesAndVerboseListsThem(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("drift");
        run("init", db, "--quiet");
        db.execute("ALTER TABLE users ALTER COLUMN email TYPE text; ALTER TABLE tweets ADD COLUMN lang varchar(8)");

        Run status = run("status", db, "--module", "gamification");
        Run verbose = run("status", db, "--module", "gamification", "--verbose");

        assertThat(status.outLines()).contains(
                "auth          1         1        0        0        1 difference from the models",
                "gamification  1         1        0        0        1 difference from the models",
                "2 of 2 modules need attention (--verbose lists migrations and differences).");
        assertThat(verbose.outLines()).contains(
                "auth          1         1        0        0        1 difference from the models",
                "    users.email: column type expected character varying, found text",
                "    tweets.lang: unexpected column character varying(8)");
    }

    @Test
    void statusOfAnEarlierBackendsDatabaseSaysInitWouldAdoptItAndChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("earlier");
        db.execute(ReferenceSchema.load().ddl());
        var before = InitCli.snapshot(db);

        Run status = run("status", db, "--module", "auth");

        assertThat(status.exitCode()).isEqualTo(StatusCommand.PENDING);
        assertThat(status.outLines()).contains(
                "auth          -         -        -        -        not initialised: all 9 tables exist and match the "
                        + "models (init adopts them)");
        assertThat(SchemaDiff.compare(before, InitCli.snapshot(db))).isEmpty();
    }

    @Test
    void statusOfAnEmptyDatabaseSaysInitWouldCreateEverything(TestDatabase parent) {
        TestDatabase db = parent.createSibling("empty");

        Run status = run("status", db, "--module", "finance");

        assertThat(status.outLines()).contains(
                "auth          -         -        -        -        not initialised: none of its 9 tables exist (init "
                        + "creates them)",
                "finance       -         -        -        -        not initialised: none of its 6 tables exist (init "
                        + "creates them)",
                "2 of 2 modules need attention (--verbose lists migrations and differences).");
    }

    @Test
    void statusExitsWithTheDriftCodeWhenTablesDifferFromTheModels(TestDatabase parent) {
        TestDatabase db = parent.createSibling("driftcode");
        run("init", db, "--quiet", "--module", "auth");
        db.execute("ALTER TABLE users ALTER COLUMN email TYPE text");

        assertThat(run("status", db, "--module", "auth").exitCode()).isEqualTo(StatusCommand.DRIFT);
    }

    @Test
    void statusExitsWithThePendingCodeForADatabaseNotInitialised(TestDatabase parent) {
        TestDatabase db = parent.createSibling("pendingcode");

        assertThat(run("status", db, "--module", "auth").exitCode()).isEqualTo(StatusCommand.PENDING);
    }

    @Test
    void statusExitsWithTheFailedCodeBeforeTheDriftCode(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("failedcode");
        run("init", db, "--quiet", "--module", "auth");
        db.execute("ALTER TABLE users ALTER COLUMN email TYPE text");
        RepairCommandTest.recordAFailedMigration(db, "auth", "2", "add nickname");

        Run status = run("status", db, "--module", "auth");

        assertThat(status.exitCode()).isEqualTo(StatusCommand.FAILED);
        assertThat(status.outLines()).contains("auth          1         1        0        0        1 failed migration "
                + "(V2 (add nickname); see repair); 1 difference from the models");
    }
}
