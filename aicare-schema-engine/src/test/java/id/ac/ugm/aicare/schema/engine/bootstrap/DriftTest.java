package id.ac.ugm.aicare.schema.engine.bootstrap;

import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changes to a module's tables that leave every column, key and index as the models define them and
 * still change what happens to the rows: a trigger that rewrites them, a rule that swallows deletes,
 * row-level security that hides them. Adopting such tables as "matching the models" would hand them
 * to the service with a behaviour nobody reviewed.
 */
@PostgresTest
class DriftTest {

    static Stream<Arguments> drift() {
        return Stream.of(
                Arguments.of("trigger", """
                        CREATE FUNCTION fx_rewrite_body() RETURNS trigger LANGUAGE plpgsql
                            AS $$BEGIN NEW.body := 'rewritten'; RETURN NEW; END$$;
                        CREATE TRIGGER fx_notes_rewrite BEFORE INSERT OR UPDATE ON fx_notes
                            FOR EACH ROW EXECUTE FUNCTION fx_rewrite_body();
                        """, "fx_notes.fx_notes_rewrite: unexpected trigger CREATE TRIGGER fx_notes_rewrite BEFORE "
                        + "INSERT OR UPDATE ON fx_notes FOR EACH ROW EXECUTE FUNCTION fx_rewrite_body()"),
                Arguments.of("rule", "CREATE RULE fx_notes_keep AS ON DELETE TO fx_notes DO INSTEAD NOTHING",
                        "fx_notes.fx_notes_keep: unexpected rule CREATE RULE fx_notes_keep AS ON DELETE TO fx_notes "
                                + "DO INSTEAD NOTHING;"),
                Arguments.of("rowsecurity", "ALTER TABLE fx_notes ENABLE ROW LEVEL SECURITY",
                        "fx_notes: row security expected disabled, found enabled"),
                Arguments.of("policy", "CREATE POLICY fx_notes_hidden ON fx_notes USING (false)",
                        "fx_notes.fx_notes_hidden: unexpected policy PERMISSIVE FOR ALL TO PUBLIC USING (false)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drift")
    void initRefusesToAdoptTablesWhoseRowsBehaveDifferently(String kind, String change, String difference,
                                                            TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("adopt" + kind);
        db.execute(SchemaBootstrapInitTest.EARLIER_BACKEND);
        db.execute(change);
        SchemaSnapshot before = snapshot(db);

        assertThatThrownBy(() -> SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load().init())
                .isInstanceOfSatisfying(InitRefusedException.class, refused -> assertThat(refused.describe())
                        .containsExactly("module fx_notes: all 1 tables exist but differ from the models",
                                "  " + difference, "  aicare-schema diff --module fx_notes --from database --url JDBC_URL "
                                        + "writes the migration that takes these tables to the models; run it, then init again"));
        assertThat(SchemaDiff.compare(before, snapshot(db))).isEmpty();
        assertThat(snapshot(db).tables()).doesNotContainKey("aicare_schema_history_fx_notes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drift")
    void statusListsWhatMakesRowsBehaveDifferently(String kind, String change, String difference,
                                                   TestDatabase parent) {
        TestDatabase db = parent.createSibling("status" + kind);
        SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load().init();
        db.execute(change);

        StatusReport report = SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load().status();

        assertThat(report.modules().get(0).differences()).isEmpty();
        assertThat(report.modules().get(1).differences()).extracting(Object::toString).containsExactly(difference);
        assertThat(report.upToDate()).isFalse();
    }
}
