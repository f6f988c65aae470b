package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * status (and init's adoption, diff, check) render the models in the session's temporary schema
 * rather than a scratch schema, because its rollback is far cheaper. Both must give the same
 * snapshot of every model module on the classpath (enum types, sequences, defaults, foreign keys,
 * indexes, comments), on the server the tests run against. Here, in the module that has them all.
 */
@PostgresTest
class TemporarySchemaRenderingTest {

    private static final SchemaScript MODELS = ModelSchema.of(ModelCatalog.discover()).schemaScript();

    @Test
    void theTemporarySchemaGivesTheSnapshotOfAScratchSchema(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            SchemaSnapshot temporary = ExpectedSchema.inTemporarySchema(connection, MODELS, "public");
            SchemaSnapshot scratch = ExpectedSchema.snapshot(connection, MODELS, "public", (c, s) -> { });
            connection.rollback();

            assertThat(temporary.tables()).hasSize(MODELS.tableCount());
            assertThat(temporary.enumTypes()).hasSize(MODELS.enumTypeCount()).isEqualTo(scratch.enumTypes());
            assertThat(temporary.sequences()).isNotEmpty();
            assertThat(SchemaDiff.compare(scratch, temporary)).isEmpty();
            assertThat(SchemaDiff.compare(temporary, scratch)).isEmpty();
        }
    }

    @Test
    void theComparisonSeesAStatementLeftOut(TestDatabase db) throws Exception {
        List<String> statements = new ArrayList<>(MODELS.statements());
        String index = statements.stream().filter(sql -> sql.startsWith("CREATE INDEX")).findFirst().orElseThrow();
        statements.remove(index);
        SchemaScript lessOne = new SchemaScript(List.of(new SchemaScript.ModuleSchema("all", statements, List.of(),
                List.of())));
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            SchemaSnapshot temporary = ExpectedSchema.inTemporarySchema(connection, lessOne, "public");
            SchemaSnapshot scratch = ExpectedSchema.snapshot(connection, MODELS, "public", (c, s) -> { });
            connection.rollback();

            assertThat(SchemaDiff.compare(scratch, temporary)).isNotEmpty();
        }
    }

    @Test
    void aRoleWithoutTheTemporaryPrivilegeGetsAScratchSchema(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("notemp");
        String role = "aicare_notemp_" + Long.toHexString(System.nanoTime());
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'notemp'; REVOKE TEMPORARY ON DATABASE " + db.name()
                + " FROM PUBLIC; GRANT CREATE, CONNECT ON DATABASE " + db.name() + " TO " + role);
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), role, "notemp")) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> ExpectedSchema.inTemporarySchema(connection, MODELS, "public"))
                    .hasMessageContaining("permission denied");

            SchemaSnapshot expected = ExpectedSchema.snapshot(connection, MODELS, "public");

            assertThat(expected.schema()).startsWith("aicare_models_");
            assertThat(expected.tables()).hasSize(MODELS.tableCount());
            connection.rollback();
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }
}
