package id.ac.ugm.aicare.schema.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.diff.fixture.DiaryVersions;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} rebuilds the database's module tables in a scratch database, runs the migration
 * there twice through Flyway, and names what the result lacks; the database itself is not touched.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffVerifyTest {

    private TestDatabase db;
    private ModelDiff diff;
    private SchemaSnapshot from;
    private MigrationPlan plan;

    @BeforeAll
    void v1WithRows(TestDatabase parent) throws Exception {
        db = parent.createSibling("verify");
        SchemaBootstrap.configure(db.dataSource()).catalog(DiaryVersions.v1()).load().init();
        db.execute(DiffFromLiveDatabaseTest.ROWS);
        diff = ModelDiff.of(DiaryVersions.v2(), DiaryVersions.MODULE)
                .renames(Renames.none().column("fx_entries", "body", "content"))
                .formerTables(List.of("fx_legacy_notes"));
        try (Connection connection = db.connection()) {
            from = diff.snapshot(connection);
            plan = diff.fromDatabase(connection);
        }
    }

    @Test
    void theFilledInJavaMigrationPassesAndTheDatabaseStaysAsItWas(@TempDir Path dir) throws Exception {
        Path file = write(dir, "V2__diary_v2.java", java().replace(DiffFromLiveDatabaseTest.PLACEHOLDER, "\"0\""));

        assertThat(diff.verify(from, file, db.dataSource())).isEmpty();
        try (Connection connection = db.connection()) {
            assertThat(diff.snapshot(connection)).isEqualTo(from);
        }
    }

    @Test
    void theFilledInSqlScriptPassesToo(@TempDir Path dir) throws Exception {
        String script = plan.sqlScript("Module fx_diff, version 2.", List.of())
                .replaceFirst("(?s)DO \\$\\$\nBEGIN\n    RAISE EXCEPTION 'fill in[^\n]*\nEND\n\\$\\$;",
                        "UPDATE fx_entries SET word_count = 0 WHERE word_count IS NULL;");
        Path file = write(dir, "V2__diary_v2.sql", script);
        write(dir, "V2__diary_v2.sql.conf", plan.sqlConfig().orElseThrow());

        assertThat(diff.verify(from, file, db.dataSource())).isEmpty();
    }

    @Test
    void aMigrationThatLeavesAStepOutIsToldWhatTheResultLacks(@TempDir Path dir) throws Exception {
        String source = java().replace(DiffFromLiveDatabaseTest.PLACEHOLDER, "\"0\"")
                .replaceFirst("\n[^\n]*schema.addColumn\\(\"fx_entries\", ColumnDef.of\\(\"summary\"[^\n]*", "");
        Path file = write(dir, "V2__diary_v2.java", source);

        assertThat(diff.verify(from, file, db.dataSource()))
                .containsExactly("after the first run: fx_entries.summary: missing column character varying(255)");
    }

    @Test
    void aMigrationThatFailsSaysWhere(@TempDir Path dir) throws Exception {
        Path file = write(dir, "V2__diary_v2.java", java());

        assertThat(diff.verify(from, file, db.dataSource())).singleElement().asString()
                .startsWith("V2__diary_v2.java does not compile: line ").contains("cannot find symbol");
    }

    private String java() {
        return plan.javaSource("db.aicare.fx_diff", "V2__diary_v2", "Module fx_diff, version 2.", List.of());
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
