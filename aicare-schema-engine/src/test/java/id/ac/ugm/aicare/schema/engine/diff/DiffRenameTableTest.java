package id.ac.ugm.aicare.schema.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleFlyway;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.diff.fixture.rename.RenameVersions;
import id.ac.ugm.aicare.schema.engine.diff.internal.JavaMigrationCompiler;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rename-table} end to end on module fx_rename, whose v2 renames fx_rn_notes to fx_rn_memos:
 * told, diff writes a rename (not a drop and a create) that keeps every row, passes verify and runs
 * twice with the second run changing nothing; not told, it writes a drop and a create and its
 * warning names the option.
 */
@PostgresTest
class DiffRenameTableTest {

    private static final String CLASS = "db.aicare.fx_rename.V2__rename_notes";
    private static final String BODIES = "SELECT count(*) || ' ' || md5(string_agg(id || ':' || body, ',' ORDER BY id)) FROM ";

    @Test
    void toldOfTheRenameDiffWritesARenameThatKeepsEveryRowVerifiesAndRunsTwice(TestDatabase parent, @TempDir Path dir)
            throws Exception {
        TestDatabase db = v1WithRows(parent, "rename_told");
        String rowsBefore = value(db, BODIES + "fx_rn_notes");
        ModelDiff diff = ModelDiff.of(RenameVersions.v2(), RenameVersions.MODULE)
                .renames(Renames.none().table("fx_rn_notes", "fx_rn_memos"));
        MigrationPlan plan;
        SchemaSnapshot from;
        try (Connection connection = db.connection()) {
            plan = diff.fromDatabase(connection);
            from = diff.snapshot(connection);
        }

        assertThat(plan.summary()).first().asString().isEqualTo("rename table fx_rn_notes to fx_rn_memos");
        assertThat(plan.summary()).noneMatch(step -> step.startsWith("create table") || step.startsWith("drop table"));
        assertThat(plan.warnings()).isEmpty();
        Path file = Files.writeString(dir.resolve("V2__rename_notes.java"),
                plan.javaSource("db.aicare.fx_rename", "V2__rename_notes", "Module fx_rename, version 2.", List.of()),
                StandardCharsets.UTF_8);

        assertThat(diff.verify(from, file, db.dataSource())).isEmpty();

        try (JavaMigrationCompiler.Compiled compiled = JavaMigrationCompiler.compile(file, CLASS)) {
            JavaMigration migration = (JavaMigration) compiled.migration();
            ModuleFlyway.configure(RenameVersions.v2().module(RenameVersions.MODULE), db.dataSource(),
                    getClass().getClassLoader()).javaMigrations(migration).load().migrate();
            SchemaSnapshot once = moduleTables(diff, db);
            ModuleFlyway.configure(RenameVersions.v2().module(RenameVersions.MODULE), db.dataSource(),
                            getClass().getClassLoader())
                    .table("fx_rename_second_run").baselineOnMigrate(true).javaMigrations(migration).load().migrate();

            assertThat(SchemaDiff.compare(once, moduleTables(diff, db))).isEmpty();
            try (Connection connection = db.connection()) {
                assertThat(SchemaDiff.compare(diff.models(connection), once)).isEmpty();
            }
        }
        assertThat(value(db, BODIES + "fx_rn_memos")).isEqualTo(rowsBefore).startsWith("300 ");
        assertThat(value(db, "SELECT to_regclass('fx_rn_notes') IS NULL")).isEqualTo("t");
    }

    @Test
    void notToldItDropsAndCreatesAndTheWarningNamesRenameTable(TestDatabase parent) throws Exception {
        TestDatabase db = v1WithRows(parent, "rename_not_told");

        MigrationPlan plan;
        try (Connection connection = db.connection()) {
            plan = ModelDiff.of(RenameVersions.v2(), RenameVersions.MODULE).formerTables(List.of("fx_rn_notes"))
                    .fromDatabase(connection);
        }

        assertThat(plan.summary()).anyMatch(step -> step.startsWith("create table fx_rn_memos"))
                .anyMatch(step -> step.startsWith("drop table fx_rn_notes"))
                .noneMatch(step -> step.startsWith("rename"));
        assertThat(plan.warnings()).containsExactly("table fx_rn_notes is dropped while fx_rn_memos is created; if "
                + "fx_rn_notes was renamed, pass --rename-table fx_rn_notes=NEW_NAME");
    }

    private static TestDatabase v1WithRows(TestDatabase parent, String purpose) {
        TestDatabase db = parent.createSibling(purpose);
        SchemaBootstrap.configure(db.dataSource()).catalog(RenameVersions.v1()).load().init();
        db.execute("INSERT INTO fx_rn_notes (body) SELECT 'note ' || n FROM generate_series(1, 300) n");
        return db;
    }

    private static String value(TestDatabase db, String sql) {
        return db.rows(sql).get(0);
    }

    private static SchemaSnapshot moduleTables(ModelDiff diff, TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            return diff.snapshot(connection);
        }
    }
}
