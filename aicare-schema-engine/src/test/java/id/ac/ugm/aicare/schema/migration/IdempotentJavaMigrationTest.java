package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration.TransactionMode;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;

/** The base class under a real Flyway run: versions from the class name, the transaction mode, and re-runs. */
@PostgresTest
class IdempotentJavaMigrationTest {

    /** Adds a table and a column in Flyway's transaction. */
    static class V2__add_moods extends IdempotentJavaMigration {
        @Override
        protected void migrate(SchemaMigrator schema) {
            schema.createTable(TableDef.named("moods").column(ColumnDef.of("id", "serial")).primaryKey("id"));
            schema.addColumn("moods", ColumnDef.of("label", "varchar(40)").notNull().defaultTo("'calm'"));
        }
    }

    /** Builds an index concurrently and a unique constraint the safe way: outside a transaction. */
    static class V3__index_moods extends IdempotentJavaMigration {
        V3__index_moods() {
            super(TransactionMode.NON_TRANSACTIONAL);
        }

        @Override
        protected void migrate(SchemaMigrator schema) {
            schema.createIndex(IndexDef.on("moods").columns("label"));
            schema.addUniqueConstraint("moods", "moods_label_key", "label");
        }
    }

    /** Wrongly asks for a concurrent build inside Flyway's transaction. */
    static class V3__concurrent_in_transaction extends IdempotentJavaMigration {
        @Override
        protected void migrate(SchemaMigrator schema) {
            schema.addColumn("moods", ColumnDef.of("score", "int"));
            schema.createIndex(IndexDef.on("moods").columns("label"));
        }
    }

    /** Indexes, then adds a column that a hand-made change on the database conflicts with. */
    static class V3__index_then_score extends IdempotentJavaMigration {
        V3__index_then_score() {
            super(TransactionMode.NON_TRANSACTIONAL);
        }

        @Override
        protected void migrate(SchemaMigrator schema) {
            schema.createIndex(IndexDef.on("moods").columns("label"));
            schema.addColumn("moods", ColumnDef.of("score", "int"));
        }
    }

    @Test
    void aNonTransactionalMigrationStoppedHalfwayFinishesAfterRepairAndReRun(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "flyway")) {
            flyway(database, scratch, new V2__add_moods()).migrate();
            scratch.execute("ALTER TABLE moods ADD COLUMN score text");

            assertThatThrownBy(() -> flyway(database, scratch, new V2__add_moods(), new V3__index_then_score()).migrate())
                    .hasStackTraceContaining("moods.score exists in another shape: expected column integer NULL, "
                            + "found column text NULL");
            assertThat(scratch.snapshot().table("moods").index("moods_label_idx").valid()).as("first step committed").isTrue();

            scratch.execute("ALTER TABLE moods DROP COLUMN score");
            Flyway again = flyway(database, scratch, new V2__add_moods(), new V3__index_then_score());
            again.repair();
            assertThat(again.migrate().migrationsExecuted).isEqualTo(1);
            assertThat(scratch.snapshot().table("moods").column("score").type()).isEqualTo("integer");
        }
    }

    @Test
    void flywayReadsTheVersionFromTheClassNameAndTheTransactionModeFromTheBaseClass() {
        assertThat(new V2__add_moods().getVersion().getVersion()).isEqualTo("2");
        assertThat(new V2__add_moods().getDescription()).isEqualTo("add moods");
        assertThat(new V2__add_moods().canExecuteInTransaction()).isTrue();
        assertThat(new V3__index_moods().canExecuteInTransaction()).isFalse();
    }

    @Test
    void transactionalAndNonTransactionalMigrationsRunUnderFlyway(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "flyway")) {
            MigrateResult result = flyway(database, scratch, new V2__add_moods(), new V3__index_moods()).migrate();

            assertThat(result.migrationsExecuted).isEqualTo(2);
            SchemaSnapshot snapshot = scratch.snapshot();
            assertThat(snapshot.table("moods").index("moods_label_idx").valid()).isTrue();
            assertThat(snapshot.table("moods").uniqueConstraints()).singleElement()
                    .satisfies(key -> assertThat(key.name()).isEqualTo("moods_label_key"));
        }
    }

    @Test
    void reRunningAppliedMigrationsAfterTheHistoryIsLostChangesNothing(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "flyway")) {
            flyway(database, scratch, new V2__add_moods(), new V3__index_moods()).migrate();
            SchemaSnapshot once = scratch.snapshot().onlyTables(name -> !name.equals("history"));

            scratch.execute("DROP TABLE history");
            MigrateResult again = flyway(database, scratch, new V2__add_moods(), new V3__index_moods()).migrate();

            assertThat(again.migrationsExecuted).isEqualTo(2);
            Scratch.assertSameSchema(scratch.snapshot().onlyTables(name -> !name.equals("history")), once);
        }
    }

    @Test
    void aConcurrentBuildInsideFlywaysTransactionFailsClearlyAndRollsBackTheMigration(TestDatabase database)
            throws Exception {
        try (Scratch scratch = Scratch.in(database, "flyway")) {
            flyway(database, scratch, new V2__add_moods()).migrate();
            SchemaSnapshot before = scratch.snapshot();

            assertThatThrownBy(() -> flyway(database, scratch, new V2__add_moods(), new V3__concurrent_in_transaction())
                    .migrate())
                    .isInstanceOf(FlywayException.class)
                    .hasStackTraceContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction")
                    .hasStackTraceContaining("TransactionMode.NON_TRANSACTIONAL");
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }

    private static Flyway flyway(TestDatabase database, Scratch scratch, JavaMigration... migrations) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database.dataSource())
                .schemas(scratch.schema)
                .defaultSchema(scratch.schema)
                .createSchemas(false)
                .table("history")
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .locations("classpath:db/aicare/no_such_module_for_tests")
                .failOnMissingLocations(false)
                .javaMigrations(migrations);
        // Flyway's default transactional advisory lock keeps a transaction open for the whole run,
        // which every CREATE INDEX CONCURRENTLY would wait for.
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration.load();
    }
}
