package id.ac.ugm.aicare.schema.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.engine.diff.fixture.hostile.HostileModule;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text of the models goes into the written migration as Java string literals and {@code //}
 * comments: a comment terminator, a Java unicode escape, quotes, backslashes, a line break and a
 * non-ASCII letter must neither break the file nor change the text. Both forms are verified.
 */
@PostgresTest
class HostileTextTest {

    private static final ModelCatalog MODELS = ModelCatalog.of(List.of(new HostileModule()));

    @Test
    void theJavaAndSqlFormsKeepEveryCharacterOfTheModelsText(TestDatabase parent, @TempDir Path dir) throws Exception {
        TestDatabase db = parent.createSibling("hostile");
        ModelDiff diff = ModelDiff.of(MODELS, "fx_diff_hostile");
        MigrationPlan plan;
        try (Connection connection = db.connection()) {
            plan = diff.fromDatabase(connection);
            Path java = Files.writeString(dir.resolve("V2__hostile.java"), plan.javaSource("db.aicare.fx_diff_hostile",
                    "V2__hostile", "Module fx_diff_hostile */ version 2.", List.of("*/ \\u000a")));
            Path sql = Files.createDirectories(dir.resolve("sql")).resolve("V2__hostile.sql");
            Files.writeString(sql, plan.sqlScript("Module fx_diff_hostile, version 2.", List.of()));

            assertThat(diff.verify(diff.snapshot(connection), java, db.dataSource())).isEmpty();
            assertThat(diff.verify(diff.snapshot(connection), sql, db.dataSource())).isEmpty();
            assertThat(SchemaDiff.compare(diff.models(connection), diff.snapshot(connection))).isNotEmpty();
        }
        assertThat(plan.summary()).containsExactly("create enum type fx_tone [plain, it's \"quoted\", back\\slash "
                + "\\u000a]", "create table fx_hostile_notes (3 columns, primary key [id])");
    }
}
