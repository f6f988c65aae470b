package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.EntityTables;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.Diary;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What MIGRATIONS.md promises of an old migration that creates a table from an entity, once the
 * entity has changed: on an empty database it creates today's shape, the later steps that added what
 * today's entity has find it done, and a later step that describes an older shape is a conflict that
 * changes nothing (the existing-table case is in {@code ConflictsChangeNothingTest}).
 */
@PostgresTest
class TableFromAnEntityOverTimeTest {

    private static final EntityTables DIARIES = EntityTables.of(ModelCatalog.of(List.of(new DiaryModule())));

    @Test
    void onAnEmptyDatabaseTodaysShapeIsCreatedAndLaterStepsConvergeOnIt(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "overtime")) {
            scratch.execute("CREATE TYPE mood_enum AS ENUM ('low', 'steady', 'high', 'in between')");
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(DIARIES.create(migrator, Diary.class)).isEqualTo(Outcome.APPLIED);
                // A later migration that added a column the entity has today: already done.
                assertThat(migrator.addColumn("diaries", ColumnDef.of("ratio", "double precision")))
                        .isEqualTo(Outcome.ALREADY_PRESENT);
                // A later migration that describes a column as it was before a still later change: refused.
                int sent = migrator.statementsSent();
                assertThatThrownBy(() -> migrator.addColumn("diaries", ColumnDef.of("score", "smallint")))
                        .isInstanceOf(MigrationConflictException.class)
                        .hasMessageContaining("diaries.score");
                assertThat(migrator.statementsSent() - sent).as("only a rolled-back probe, no DDL").isLessThanOrEqualTo(1);
                assertThat(DIARIES.create(migrator, Diary.class)).isEqualTo(Outcome.ALREADY_PRESENT);
            }
            assertThat(scratch.snapshot().table("diaries").column("score").type()).isEqualTo("integer");
        }
    }
}
