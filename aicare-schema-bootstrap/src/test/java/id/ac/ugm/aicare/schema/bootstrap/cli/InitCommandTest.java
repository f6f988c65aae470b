package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.histories;
import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.snapshot;
import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.withoutHistory;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@PostgresTest
class InitCommandTest {

    @Test
    void initCreatesEveryTableOfEveryModuleAndStampsEachHistory(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("fresh");

        Run init = run("init", db);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.outLines()).contains(
                "Creating 69 tables of 7 modules (auth, clinical, campaigns, content, finance, gamification, langgraph) "
                        + "in one transaction:",
                "  auth          users                                 57 columns",
                "  langgraph     5 foreign keys",
                "Flyway history stamped at the models' baseline: auth 1, clinical 1, campaigns 1, content 1, finance 1, "
                        + "gamification 1, langgraph 1.");
        assertThat(init.outLines()).anyMatch(line -> line.matches(
                "Created 69 tables, 839 columns, \\d+ indexes, \\d+ foreign keys and \\d+ enum types in [0-9.]+ m?s\\."));
        assertThat(init.outLines()).filteredOn(line -> line.endsWith(" columns")).hasSize(69);
        SchemaSnapshot after = snapshot(db);
        assertThat(after.tables()).hasSize(69 + 7);
        assertThat(histories(db)).hasSize(7).allMatch(row -> row.contains(" 1 BASELINE true "));
    }

    @Test
    void theCreatedSchemaConformsToTheReference(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("conform");
        TestDatabase reference = parent.createSibling("reference");
        reference.execute(ReferenceSchema.load().ddl());

        assertThat(run("init", db, "--quiet").exitCode()).isZero();

        assertThat(SchemaDiff.compare(snapshot(reference), withoutHistory(snapshot(db)))).isEmpty();
    }

    @Test
    void reRunningInitIsANoOp(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("rerun");
        run("init", db, "--quiet");
        SchemaSnapshot before = snapshot(db);
        var historyBefore = InitCli.rows(db, "SELECT * FROM aicare_schema_history_auth");

        Run again = run("init", db);

        assertThat(again.exitCode()).isZero();
        assertThat(again.outLines()).containsExactly(
                "Database " + DatabaseOptions.describe(db.jdbcUrl())
                        + "; modules auth, clinical, campaigns, content, finance, gamification, langgraph.",
                "Already initialised: every module (auth, clinical, campaigns, content, finance, gamification, "
                        + "langgraph) has its history; nothing to do.");
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
        assertThat(InitCli.rows(db, "SELECT * FROM aicare_schema_history_auth")).isEqualTo(historyBefore);
    }

    @Test
    void initAdoptsADatabaseTheEarlierBackendBuiltWithoutChangingIt(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("adopt");
        db.execute(ReferenceSchema.load().ddl());
        db.execute("INSERT INTO appointment_types (name, duration_minutes) VALUES ('first talk', 45)");
        SchemaSnapshot before = snapshot(db);

        Run init = run("init", db);

        assertThat(init.exitCode()).as(init.out() + init.err()).isZero();
        assertThat(init.outLines()).contains(
                "  auth          all 9 tables exist and match the models: adopting them unchanged",
                "Flyway history stamped at the models' baseline: auth 1, clinical 1, campaigns 1, content 1, finance 1, "
                        + "gamification 1, langgraph 1.");
        assertThat(init.outLines()).anyMatch(line -> line.startsWith("Adopted 7 modules (auth, clinical, campaigns, "
                + "content, finance, gamification, langgraph; 69 tables) without changing them, in "));
        assertThat(init.out()).doesNotContain("Creating");
        SchemaSnapshot after = snapshot(db);
        assertThat(SchemaDiff.compare(before, withoutHistory(after))).isEmpty();
        assertThat(after.tables().keySet()).containsAll(InitCli.HISTORY_TABLES);
        assertThat(InitCli.rows(db, "SELECT name FROM appointment_types")).containsExactly("first talk");
        assertThat(histories(db)).hasSize(7).allMatch(row -> row.contains(" 1 BASELINE true "));
    }

    @Test
    void initRefusesToAdoptWhenOneColumnTypeWasChangedAndChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("changed");
        db.execute(ReferenceSchema.load().ddl());
        db.execute("ALTER TABLE users ALTER COLUMN email TYPE text");
        SchemaSnapshot before = snapshot(db);

        Run init = run("init", db);

        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.outLines()).contains("module auth: all 9 tables exist but differ from the models",
                "  users.email: column type expected character varying, found text");
        assertThat(init.errLines()).containsExactly("aicare-schema init: " + DatabaseOptions.describe(db.jdbcUrl())
                + ": init refused for module auth (1 difference from the models); nothing was changed");
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
    }

    @Test
    void initRefusesAModuleWithOnlySomeOfItsTables(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("partial");
        db.execute(ReferenceSchema.load().ddl(java.util.List.of("users", "user_profiles")));
        SchemaSnapshot before = snapshot(db);

        Run init = run("init", db);

        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.out()).contains("module auth: only 2 of its 9 tables exist (missing: ");
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
    }

    @Test
    void initLeavesAnotherProductsTablesAlone(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("other");
        db.execute(IntStream.range(0, 40).mapToObj(i -> "CREATE TABLE shop_item_" + i
                + " (id bigserial PRIMARY KEY, label text NOT NULL, price numeric(10,2));"
                + " INSERT INTO shop_item_" + i + " (label) VALUES ('thing " + i + "');")
                .collect(Collectors.joining("\n")));
        SchemaSnapshot theirs = snapshot(db);

        Run init = run("init", db, "--quiet");

        assertThat(init.exitCode()).as(init.err()).isZero();
        SchemaSnapshot after = snapshot(db);
        assertThat(SchemaDiff.compare(theirs, after, SchemaDiff.Options.strict().ignoringExtras())).isEmpty();
        assertThat(after.tables()).hasSize(40 + 69 + 7);
        assertThat(InitCli.rows(db, "SELECT label FROM shop_item_39")).containsExactly("thing 39");
    }

    @Test
    void initOfSomeModulesCreatesOnlyThoseAndTheirDependencies(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("some");

        Run init = run("init", db, "--module", "finance");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.outLines()).contains("Database " + DatabaseOptions.describe(db.jdbcUrl())
                + "; modules auth, finance.");
        assertThat(snapshot(db).tables()).hasSize(9 + 6 + 2);
    }
}
