package id.ac.ugm.aicare.schema.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.check.BaselineSnapshotWriter;
import id.ac.ugm.aicare.schema.engine.diff.fixture.DiaryVersions;
import id.ac.ugm.aicare.schema.engine.diff.fixture.hostile.HostileModule;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code from} by default: the module's newest baseline snapshot (fx_diff's V1, the v1 models'
 * DDL) plus its migrations after it, replayed on the server; the plan is the one a live v1
 * database gives, and the server's own database is neither read nor changed.
 */
@PostgresTest
class DiffFromBaselineTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/META-INF/aicare/baselines/fx_diff/V1.sql");

    @Test
    void theCommittedSnapshotIsTheV1ModelsDdl(@TempDir Path dir) throws Exception {
        BaselineSnapshotWriter.Written written = BaselineSnapshotWriter.write(DiaryVersions.v1(), DiaryVersions.MODULE,
                dir);

        assertThat(written.file()).hasSameTextualContentAs(SNAPSHOT);
    }

    @Test
    void theBaselineGivesThePlanALiveV1DatabaseGives(TestDatabase parent) throws Exception {
        TestDatabase live = parent.createSibling("live_v1");
        SchemaBootstrap.configure(live.dataSource()).catalog(DiaryVersions.v1()).load().init();
        TestDatabase server = parent.createSibling("empty");
        ModelDiff diff = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE)
                .renames(Renames.none().column("fx_entries", "body", "content"))
                .formerTables(List.of("fx_legacy_notes"));

        MigrationPlan fromBaseline;
        try (Connection connection = server.connection()) {
            // The snapshot says fx_legacy_notes was the module's: no need to name it.
            fromBaseline = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE)
                    .renames(Renames.none().column("fx_entries", "body", "content")).fromBaseline(connection);
            assertThat(diff.snapshot(connection).tables()).isEmpty();
        }
        try (Connection connection = live.connection()) {
            MigrationPlan fromLive = diff.fromDatabase(connection);
            assertThat(fromBaseline.summary()).isEqualTo(fromLive.summary()).hasSize(19);
            assertThat(fromBaseline.javaSource("p", "V2__x", "t.", List.of()))
                    .isEqualTo(fromLive.javaSource("p", "V2__x", "t.", List.of()));
            assertThat(SchemaDiff.compare(diff.baselineState(connection), diff.snapshot(connection))).isEmpty();
        }
    }

    @Test
    void aModuleWithoutASnapshotIsOneLine(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            assertThatThrownBy(() -> ModelDiff.of(ModelCatalog.of(List.of(new HostileModule())), "fx_diff_hostile")
                    .fromBaseline(connection))
                    .isInstanceOf(DiffException.class)
                    .hasMessage("module fx_diff_hostile has no baseline snapshot (META-INF/aicare/baselines/"
                            + "fx_diff_hostile/V<version>.sql) to diff from; write one with baseline --module "
                            + "fx_diff_hostile, or diff a database's tables");
        }
    }
}
