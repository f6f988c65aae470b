package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.EntityTables;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.Diary;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** With {@code withSchema}, the helpers work in a schema that is not on the connection's search path. */
@PostgresTest
class AnotherSchemaTest {

    @Test
    void helpersConvergeInASchemaOffTheSearchPath(TestDatabase database) throws Exception {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA tenant_a;
                    CREATE TYPE tenant_a.mood_enum AS ENUM ('low', 'steady', 'high', 'in between');
                    CREATE TABLE tenant_a.users (id serial PRIMARY KEY, email text, score int);
                    SET search_path TO public;
                    """);
            MigrationOptions options = MigrationOptions.defaults().withSchema("tenant_a");
            EntityTables diaries = EntityTables.of(ModelCatalog.of(List.of(new DiaryModule())));
            Function<SchemaMigrator, List<Outcome>> migration = m -> List.of(
                    m.addColumn("users", ColumnDef.of("status", "varchar(20)").notNull().defaultTo("'new'")),
                    m.createIndex(IndexDef.on("users").columns("email").unique().where("score > 0").named("users_email_key")),
                    m.addCheckConstraint("users", "users_score_range", "score BETWEEN 0 AND 100"),
                    m.setNotNull("users", "email"),
                    diaries.create(m, Diary.class),
                    m.createSequence(SequenceDef.named("tickets")));

            List<Outcome> first;
            try (SchemaMigrator migrator = SchemaMigrator.on(connection, options)) {
                first = migration.apply(migrator);
            }
            SchemaSnapshot once = CatalogReader.read(connection, "tenant_a");
            List<Outcome> second;
            try (SchemaMigrator migrator = SchemaMigrator.on(connection, options)) {
                second = migration.apply(migrator);
            }

            assertThat(first).containsOnly(Outcome.APPLIED);
            assertThat(second).containsOnly(Outcome.ALREADY_PRESENT);
            Scratch.assertSameSchema(CatalogReader.read(connection, "tenant_a"), once);
            assertThat(once.tables()).containsKeys("users", "diaries");
            assertThat(CatalogReader.read(connection, "public").tables()).isEmpty();
        }
    }
}
