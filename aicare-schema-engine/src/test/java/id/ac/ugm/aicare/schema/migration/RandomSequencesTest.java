package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.migration.ForeignKeyDef.Action;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random migrations drawn from thirty operations of every kind on a seeded schema, as seeded random
 * sequences in plain JUnit (the seed of each case is in its name; {@code -Daicare.migration.seed=N}
 * replays one). Applying a migration, then applying it again, changes nothing; a run stopped after
 * any statement (a committed step, or a rolled-back transaction) and then run again from the start
 * reaches the same end state as an uninterrupted run. A migration describes each object once:
 * later steps add to what earlier steps created, and drops and renames touch what was there before
 * the migration.
 */
@PostgresTest
class RandomSequencesTest {

    private static final String BASELINE = """
            CREATE TYPE base_mood AS ENUM ('low', 'high');
            CREATE TABLE base (id serial PRIMARY KEY, legacy_a text NOT NULL DEFAULT 'a', legacy_b int,
                               old_name text, v int, w int DEFAULT 7);
            ALTER TABLE base ADD CONSTRAINT base_legacy_check CHECK (legacy_a <> '');
            CREATE INDEX base_legacy_idx ON base (legacy_a);
            INSERT INTO base (legacy_a, legacy_b, old_name, v) SELECT 'a' || g, g, 'N' || g, g FROM generate_series(1, 20) g;
            CREATE TABLE old_table (id int);
            CREATE TABLE scratch (id int);
            CREATE SEQUENCE legacy_seq;
            """;

    /** One operation of a random migration, with the operations it needs before it. */
    enum Step {
        CREATE_NOTES(m -> m.createTable(TableDef.named("notes").column(ColumnDef.of("id", "bigserial"))
                .column(ColumnDef.of("body", "text").notNull())
                .column(ColumnDef.of("created_at", "timestamptz").notNull().defaultTo("now()")).primaryKey("id"))),
        CREATE_TAGS(m -> m.createTable(TableDef.named("tags").column(ColumnDef.of("id", "serial"))
                .column(ColumnDef.of("label", "varchar(40)").notNull()).primaryKey("id").comment("labels"))),
        ADD_MOOD_SCORE(m -> m.addColumn("base", ColumnDef.of("mood_score", "smallint"))),
        ADD_NOTE(m -> m.addColumn("base", ColumnDef.of("note", "varchar(200)").defaultTo("'none'"))),
        ADD_TAG_ID(m -> m.addColumn("notes", ColumnDef.of("tag_id", "integer")), CREATE_NOTES),
        INDEX_NOTES(m -> m.createIndex(IndexDef.on("notes").columns("created_at")), CREATE_NOTES),
        UNIQUE_PARTIAL_V(m -> m.createIndex(IndexDef.on("base").columns("v").unique().where("v > 0")
                .named("base_v_positive_key"))),
        FOREIGN_KEY(m -> m.addForeignKey(ForeignKeyDef.from("notes", "tag_id").to("tags", "id").onDelete(Action.SET_NULL)),
                CREATE_TAGS, ADD_TAG_ID),
        UNIQUE_LABEL(m -> m.addUniqueConstraint("tags", "tags_label_key", "label"), CREATE_TAGS),
        CHECK_V(m -> m.addCheckConstraint("base", "base_v_nonneg", "v >= 0")),
        NOT_NULL_V(m -> m.setNotNull("base", "v")),
        DEFAULT_V(m -> m.setDefault("base", "v", "0")),
        DROP_DEFAULT_W(m -> m.dropDefault("base", "w")),
        NULLABLE_A(m -> m.dropNotNull("base", "legacy_a")),
        DROP_B(m -> m.dropColumn("base", "legacy_b", Confirmation.dataLoss("base.legacy_b"))),
        RENAME_NAME(m -> m.renameColumn("base", "old_name", "new_name")),
        LOWER_NAME_INDEX(m -> m.createIndex(IndexDef.on("base").expressions("lower(new_name)").named("base_lower_name_idx")),
                RENAME_NAME),
        W_TO_BIGINT(m -> m.changeColumnType("base", "w", "bigint", "w::bigint")),
        CREATE_NOTES_MOOD(m -> m.createEnumType("notes_mood", "low", "high")),
        NOTES_MOOD_COLUMN(m -> m.addColumn("notes", ColumnDef.of("mood", "notes_mood")), CREATE_NOTES, CREATE_NOTES_MOOD),
        BASE_MOOD_MEDIUM(m -> m.addEnumValueAfter("base_mood", "medium", "low")),
        INVOICE_SEQUENCE(m -> m.createSequence(SequenceDef.named("invoice_seq").startWith(1000))),
        DROP_LEGACY_SEQUENCE(m -> m.dropSequence("legacy_seq", Confirmation.dataLoss("legacy_seq"))),
        COMMENT_BASE(m -> m.commentOnTable("base", "the base table")),
        COMMENT_V(m -> m.commentOnColumn("base", "v", "a value")),
        RENAME_OLD_TABLE(m -> m.renameTable("old_table", "new_table")),
        DROP_SCRATCH(m -> m.dropTable("scratch", Confirmation.dataLoss("scratch"))),
        DROP_LEGACY_CHECK(m -> m.dropConstraint("base", "base_legacy_check", Confirmation.dataLoss("base.base_legacy_check"))),
        DROP_LEGACY_INDEX(m -> m.dropIndex("base_legacy_idx")),
        BACKFILL_MOOD_SCORE(m -> m.backfill(Backfill.of("base").set("mood_score", "1").where("mood_score IS NULL")
                .batchSize(6).pause(Duration.ZERO)), ADD_MOOD_SCORE);

        final Function<SchemaMigrator, Object> run;
        final Set<Step> needs;

        Step(Function<SchemaMigrator, Object> run, Step... needs) {
            this.run = run;
            this.needs = Set.of(needs);
        }
    }

    /** Stops a run after a given number of DDL statements, as a crash would. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Random cases per property; modest, so the suite stays quick on two cores. */
    private static final int CASES = 30;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /** One drawn case: the migration and where to stop it. */
    record Drawn(long seed, List<Step> migration, int stopAfter) {
        static Drawn from(long seed) {
            Random random = new Random(seed);
            List<Step> drawn = new ArrayList<>();
            for (Step step : Step.values()) {
                if (random.nextBoolean()) {
                    drawn.add(step);
                }
            }
            if (drawn.isEmpty()) {
                drawn.add(Step.values()[random.nextInt(Step.values().length)]);
            }
            Collections.shuffle(drawn, random);
            return new Drawn(seed, runnable(drawn), 1 + random.nextInt(45));
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + migration + (stopAfter > 0 ? ", stopped after statement " + stopAfter : "");
        }
    }

    static Stream<Drawn> cases() {
        String fixed = System.getProperty("aicare.migration.seed");
        if (fixed != null) {
            return Stream.of(Drawn.from(Long.parseLong(fixed)));
        }
        long base = new Random().nextLong();
        return LongStream.range(0, CASES).mapToObj(i -> Drawn.from(base + i));
    }

    @TestFactory
    Stream<DynamicTest> applyingAMigrationAgainChangesNothing(TestDatabase database) {
        return cases().map(drawn -> DynamicTest.dynamicTest(drawn.toString(), () -> {
            String schema = freshSchema(database);
            try (Connection connection = connect(database, schema)) {
                apply(connection, drawn.migration(), MigrationListener.NONE);
                SchemaSnapshot once = CatalogReader.read(connection, schema);
                List<String> data = rows(connection);

                RecordingListener again = new RecordingListener();
                apply(connection, drawn.migration(), again);

                assertThat(again.outcomes).as(drawn.toString()).allMatch(outcome -> outcome.startsWith("ALREADY_PRESENT"));
                assertThat(again.ddl()).as(drawn.toString()).allMatch(sql -> sql.startsWith("WITH aicare_batch"));
                assertSame(drawn, CatalogReader.read(connection, schema), once);
                assertThat(rows(connection)).as(drawn.toString()).isEqualTo(data);
            } finally {
                drop(database, schema);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aMigrationStoppedMidwayAndRunAgainEndsWhereAnUninterruptedOneEnds(TestDatabase database) {
        return cases().map(drawn -> DynamicTest.dynamicTest(drawn.toString(), () -> {
            String reference = freshSchema(database);
            String interrupted = freshSchema(database);
            try (Connection uninterrupted = connect(database, reference)) {
                apply(uninterrupted, drawn.migration(), MigrationListener.NONE);
                SchemaSnapshot expected = CatalogReader.read(uninterrupted, reference);
                List<String> expectedRows = rows(uninterrupted);

                try (Connection crashing = connect(database, interrupted)) {
                    try {
                        apply(crashing, drawn.migration(), crashAfter(drawn.stopAfter()));
                    } catch (Crash stopped) {
                        // the process "died" here; its connection goes with it
                    }
                }
                try (Connection rerun = connect(database, interrupted)) {
                    apply(rerun, drawn.migration(), MigrationListener.NONE);
                    assertSame(drawn, CatalogReader.read(rerun, interrupted), expected);
                    assertThat(rows(rerun)).as(drawn.toString()).isEqualTo(expectedRows);
                }
            } finally {
                drop(database, reference);
                drop(database, interrupted);
            }
        }));
    }

    private static void assertSame(Drawn drawn, SchemaSnapshot actual, SchemaSnapshot expected) {
        assertThat(SchemaDiff.compare(expected, actual)).as(drawn.toString()).isEmpty();
        assertThat(actual.sequences()).as(drawn.toString()).isEqualTo(expected.sequences());
    }

    /** Keeps the steps in their drawn order, moving each after what it needs and dropping those whose needs were not drawn. */
    static List<Step> runnable(List<Step> drawn) {
        Set<Step> kept = EnumSet.noneOf(Step.class);
        kept.addAll(drawn);
        boolean changed = true;
        while (changed) {
            changed = kept.removeIf(step -> !kept.containsAll(step.needs));
        }
        Set<Step> ordered = new LinkedHashSet<>();
        while (ordered.size() < kept.size()) {
            for (Step step : drawn) {
                if (kept.contains(step) && !ordered.contains(step) && ordered.containsAll(step.needs)) {
                    ordered.add(step);
                    break;
                }
            }
        }
        return List.copyOf(ordered);
    }

    private static void apply(Connection connection, List<Step> migration, MigrationListener listener) {
        try (SchemaMigrator migrator = SchemaMigrator.on(connection, MigrationOptions.defaults().withListener(listener))) {
            for (Step step : migration) {
                step.run.apply(migrator);
            }
        }
    }

    private static MigrationListener crashAfter(int statements) {
        return new MigrationListener() {
            private int done;

            @Override
            public void afterStatement(String sql) {
                boolean ddl = !sql.startsWith("WITH ns AS") && !sql.startsWith("-- probe") && !sql.startsWith("SELECT (SELECT");
                if (ddl && ++done == statements) {
                    throw new Crash();
                }
            }
        };
    }

    private static String freshSchema(TestDatabase database) throws SQLException {
        String schema = "random_" + SCHEMAS.incrementAndGet();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema + "; SET search_path TO " + schema + ";" + BASELINE);
        }
        return schema;
    }

    private static Connection connect(TestDatabase database, String schema) throws SQLException {
        Connection connection = database.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT b::text FROM base b ORDER BY id")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void drop(TestDatabase database, String schema) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
