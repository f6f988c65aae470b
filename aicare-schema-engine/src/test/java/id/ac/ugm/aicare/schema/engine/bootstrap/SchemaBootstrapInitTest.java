package id.ac.ugm.aicare.schema.engine.bootstrap;

import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.history;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.rows;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.Action;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@PostgresTest
class SchemaBootstrapInitTest {

    /** The fixture schema as an earlier backend could have written it by hand. */
    static final String EARLIER_BACKEND = """
            CREATE TYPE fx_account_status AS ENUM ('active', 'locked');
            CREATE TABLE fx_accounts (
                id serial PRIMARY KEY,
                email varchar(255) NOT NULL UNIQUE,
                status fx_account_status NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            COMMENT ON COLUMN fx_accounts.created_at IS 'When the account was opened';
            CREATE INDEX ix_fx_accounts_id ON fx_accounts (id);
            CREATE TABLE fx_account_tokens (
                id serial PRIMARY KEY,
                account_id integer NOT NULL REFERENCES fx_accounts ON DELETE CASCADE,
                token varchar(64) NOT NULL
            );
            CREATE TABLE fx_notes (
                id serial PRIMARY KEY,
                account_id integer NOT NULL REFERENCES fx_accounts,
                body text
            );
            CREATE INDEX ix_fx_notes_account_id ON fx_notes (account_id);
            """;

    private static final Set<String> FIXTURE_TABLES = Set.of("fx_accounts", "fx_account_tokens", "fx_notes");

    private static SchemaBootstrap bootstrap(TestDatabase db, BootstrapListener listener) {
        return configuration(db, listener).load();
    }

    private static SchemaBootstrapConfiguration configuration(TestDatabase db, BootstrapListener listener) {
        return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).listener(listener);
    }

    @Test
    void initCreatesEveryTableAndStampsEachModuleAtItsBaseline(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("fresh");
        RecordingListener listener = new RecordingListener();

        InitResult result = bootstrap(db, listener).init();

        assertThat(result.modulesWith(Action.CREATED)).containsExactly("fx_accounts", "fx_notes");
        assertThat(result.created()).isEqualTo(new InitResult.Counts(3, 10, 2, 2, 1));
        assertThat(snapshot(db).tables().keySet()).containsExactlyInAnyOrder("fx_accounts", "fx_account_tokens",
                "fx_notes", "aicare_schema_history_fx_accounts", "aicare_schema_history_fx_notes");
        assertThat(history(db, "aicare_schema_history_fx_accounts")).containsExactly("1 BASELINE true");
        assertThat(history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true");
        assertThat(listener.events).containsExactly(
                "creating [fx_accounts, fx_notes] 3",
                "table fx_accounts.fx_account_tokens 3", "table fx_accounts.fx_accounts 4", "fks fx_accounts 1",
                "table fx_notes.fx_notes 3", "fks fx_notes 1",
                "stamped fx_accounts 1", "stamped fx_notes 1", "committing");
    }

    @Test
    void initCreatesWhatTheModelsDefine(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("asmodels");
        TestDatabase reference = parent.createSibling("asddl");
        reference.execute(ModelSchema.of(Fixtures.catalog()).ddl());

        bootstrap(db, BootstrapListener.NONE).init();

        SchemaSnapshot models = snapshot(reference);
        assertThat(SchemaDiff.compare(models, snapshot(db).onlyTables(FIXTURE_TABLES))).isEmpty();
    }

    @Test
    void reRunningInitIsANoOp(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("rerun");
        bootstrap(db, BootstrapListener.NONE).init();
        SchemaSnapshot before = snapshot(db);
        List<String> historyBefore = rows(db, "SELECT * FROM aicare_schema_history_fx_notes");
        RecordingListener listener = new RecordingListener();

        InitResult again = bootstrap(db, listener).init();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.modulesWith(Action.ALREADY_INITIALISED)).containsExactly("fx_accounts", "fx_notes");
        assertThat(listener.events).isEmpty();
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
        assertThat(rows(db, "SELECT * FROM aicare_schema_history_fx_notes")).isEqualTo(historyBefore);
    }

    @Test
    void initLeavesUnrelatedTablesAlone(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("other");
        db.execute("""
                CREATE TYPE other_mood AS ENUM ('x');
                CREATE TABLE other_orders (id bigserial PRIMARY KEY, total numeric(10,2), mood other_mood);
                CREATE TABLE accounts (id int PRIMARY KEY);
                INSERT INTO other_orders (total) VALUES (12.50);
                """);
        SchemaSnapshot theirs = snapshot(db).onlyTables(Set.of("other_orders", "accounts"));

        InitResult result = bootstrap(db, BootstrapListener.NONE).init();

        assertThat(result.modulesWith(Action.CREATED)).containsExactly("fx_accounts", "fx_notes");
        SchemaSnapshot after = snapshot(db);
        assertThat(SchemaDiff.compare(theirs, after, SchemaDiff.Options.strict().ignoringExtras())).isEmpty();
        assertThat(after.enumTypes()).containsKey("other_mood");
        assertThat(rows(db, "SELECT total FROM other_orders")).containsExactly("12.50");
    }

    @Test
    void initAdoptsTablesAnEarlierBackendBuiltWithoutChangingThem(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("adopt");
        db.execute(EARLIER_BACKEND);
        db.execute("INSERT INTO fx_accounts (email, status) VALUES ('a@example.org', 'active')");
        SchemaSnapshot before = snapshot(db);
        RecordingListener listener = new RecordingListener();

        InitResult result = bootstrap(db, listener).init();

        assertThat(result.modulesWith(Action.ADOPTED)).containsExactly("fx_accounts", "fx_notes");
        assertThat(result.created()).isEqualTo(InitResult.Counts.NONE);
        assertThat(listener.events).containsExactly("adopting fx_accounts", "adopting fx_notes",
                "stamped fx_accounts 1", "stamped fx_notes 1", "committing");
        SchemaSnapshot after = snapshot(db);
        assertThat(SchemaDiff.compare(before, after.onlyTables(FIXTURE_TABLES))).isEmpty();
        assertThat(after.tables().keySet()).contains("aicare_schema_history_fx_accounts", "aicare_schema_history_fx_notes");
        assertThat(rows(db, "SELECT email FROM fx_accounts")).containsExactly("a@example.org");
        assertThat(history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true");
    }

    @Test
    void initRefusesToAdoptTablesThatDifferAndChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("differs");
        db.execute(EARLIER_BACKEND);
        db.execute("ALTER TABLE fx_account_tokens ALTER COLUMN token TYPE text");
        SchemaSnapshot before = snapshot(db);

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).init())
                .isInstanceOfSatisfying(InitRefusedException.class, refused -> {
                    assertThat(refused.refusals()).singleElement().satisfies(refusal -> {
                        assertThat(refusal.module()).isEqualTo("fx_accounts");
                        assertThat(refusal.differences()).containsExactly(new Difference(Difference.Kind.COLUMN_TYPE,
                                "fx_account_tokens", "token", "character varying(64)", "text"));
                    });
                    assertThat(refused.describe()).contains(
                            "  fx_account_tokens.token: column type expected character varying(64), found text");
                    assertThat(refused.getMessage()).contains("fx_accounts").contains("nothing was changed");
                });
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
    }

    @Test
    void initRefusesAModuleWithOnlySomeOfItsTables(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("partial");
        db.execute(EARLIER_BACKEND);
        db.execute("DROP TABLE fx_account_tokens");
        SchemaSnapshot before = snapshot(db);

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).init())
                .isInstanceOfSatisfying(InitRefusedException.class, refused -> assertThat(refused.describe())
                        .contains("module fx_accounts: only 1 of its 2 tables exist (missing: fx_account_tokens); init "
                                + "creates a module only when none of its tables exist, and adopts it only when all do"));
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
    }

    @Test
    void initCreatesAModuleAddedAfterTheOthersWereInitialised(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("added");
        configuration(db, BootstrapListener.NONE).modules(List.of("fx_accounts")).load().init();
        assertThat(snapshot(db).tables()).doesNotContainKey("fx_notes");

        InitResult result = bootstrap(db, BootstrapListener.NONE).init();

        assertThat(result.modulesWith(Action.ALREADY_INITIALISED)).containsExactly("fx_accounts");
        assertThat(result.modulesWith(Action.CREATED)).containsExactly("fx_notes");
        assertThat(result.created().tables()).isEqualTo(1);
        assertThat(history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true");
    }

    @Test
    void aFailedInitChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("fails");
        // Another product's index already has the name of one of ours: the last CREATE INDEX fails.
        db.execute("CREATE TABLE other (account_id int); CREATE INDEX ix_fx_notes_account_id ON other (account_id)");
        SchemaSnapshot before = snapshot(db);

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).init())
                .isInstanceOf(SchemaBootstrapException.class)
                .hasMessageContaining("init failed and changed nothing")
                .hasMessageContaining("table fx_notes")
                .hasMessageContaining("\"ix_fx_notes_account_id\" already exists");
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
        assertThat(snapshot(db).enumTypes()).isEmpty();
    }

    @Test
    void initRefusesToCreateATableWhoseSequenceNameAnotherProductTook(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("seqtaken");
        db.execute("CREATE SEQUENCE fx_accounts_id_seq START 500");
        SchemaSnapshot before = snapshot(db);

        assertThatThrownBy(() -> bootstrap(db, BootstrapListener.NONE).init())
                .isInstanceOfSatisfying(InitRefusedException.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("init refused for module fx_accounts; nothing was changed");
                    assertThat(refused.describe()).singleElement().asString().startsWith("module fx_accounts: a relation "
                            + "named fx_accounts_id_seq (for fx_accounts.id) already exists in schema public and is not "
                            + "this module's");
                });
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
        assertThat(rows(db, "SELECT last_value FROM fx_accounts_id_seq")).containsExactly("500");
    }

    @Test
    void implicitNamesAreShortenedAsPostgresShortensThem(TestDatabase db) throws Exception {
        String table = "t".repeat(40);
        String column = "c".repeat(40);
        db.execute("CREATE TABLE " + table + " (" + column + " serial)");

        assertThat(rows(db, "SELECT relname FROM pg_class WHERE relkind = 'S'"))
                .containsExactly(RenamedSequences.implicitName(table, column, "seq"));
    }
}
