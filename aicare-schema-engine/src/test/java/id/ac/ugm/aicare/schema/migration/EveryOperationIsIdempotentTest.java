package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.EntityTables;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.Diary;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import id.ac.ugm.aicare.schema.migration.ForeignKeyDef.Action;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every helper, applied twice, leaves the schema exactly as applying it once did: the first call
 * reports APPLIED, the second (with a fresh migrator, as a re-run would have) ALREADY_PRESENT,
 * sends no DDL (a backfill sends its batch query, which finds no row), and the pg_catalog
 * snapshots and the data are equal.
 */
@PostgresTest
class EveryOperationIsIdempotentTest {

    private static final EntityTables DIARIES = EntityTables.of(ModelCatalog.of(List.of(new DiaryModule())));

    /** One helper call, on a schema prepared by {@code setup}. */
    record Case(String name, String setup, Function<SchemaMigrator, Object> operation) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String USERS = """
            CREATE TABLE users (id serial PRIMARY KEY, email varchar(120), nickname text NOT NULL DEFAULT 'x',
                                score integer DEFAULT 0, status varchar(20), legacy text, note text);
            INSERT INTO users (email, score) SELECT 'u' || g || '@example.org', g FROM generate_series(1, 25) g;
            """;

    static Stream<Case> operations() {
        return Stream.of(
                new Case("create table from columns", "", m -> m.createTable(TableDef.named("moods")
                        .column(ColumnDef.of("id", "bigserial"))
                        .column(ColumnDef.of("label", "varchar(40)").notNull().comment("shown to the user"))
                        .column(ColumnDef.of("weight", "numeric(5,2)").defaultTo("1.0"))
                        .column(ColumnDef.of("state", "text").notNull().defaultTo("'new'"))
                        .column(ColumnDef.of("created_at", "timestamptz").notNull().defaultTo("now()"))
                        .primaryKey("id").comment("mood labels"))),
                new Case("create table from an entity class", "CREATE TYPE mood_enum AS ENUM ('low', 'steady', 'high', 'in between')",
                        m -> DIARIES.create(m, Diary.class)),
                new Case("drop table", USERS + "CREATE TABLE scratch (id int)",
                        m -> m.dropTable("scratch", Confirmation.dataLoss("scratch"))),
                new Case("rename table", USERS, m -> m.renameTable("users", "members")),
                new Case("add column", USERS, m -> m.addColumn("users", ColumnDef.of("mood", "varchar(16)").defaultTo("'calm'"))),
                new Case("add column not null with default", USERS,
                        m -> m.addColumn("users", ColumnDef.of("joined_at", "timestamp with time zone").notNull().defaultTo("now()"))),
                new Case("drop column", USERS, m -> m.dropColumn("users", "legacy", Confirmation.dataLoss("users.legacy"))),
                new Case("rename column", USERS, m -> m.renameColumn("users", "note", "remark")),
                new Case("change column type with USING", USERS,
                        m -> m.changeColumnType("users", "score", "bigint", "score::bigint")),
                new Case("set not null (check, validate, set, drop check)", USERS, m -> m.setNotNull("users", "email")),
                new Case("drop not null", USERS, m -> m.dropNotNull("users", "nickname")),
                new Case("set default", USERS, m -> m.setDefault("users", "status", "'active'")),
                new Case("set default that PostgreSQL rewrites", USERS, m -> m.setDefault("users", "score", "-1")),
                new Case("drop default", USERS, m -> m.dropDefault("users", "nickname")),
                new Case("create index concurrently", USERS, m -> m.createIndex(IndexDef.on("users").columns("score"))),
                new Case("create unique partial index", USERS, m -> m.createIndex(IndexDef.on("users").columns("email")
                        .unique().where("status IS NULL").named("users_email_live_key"))),
                new Case("create expression index", USERS, m -> m.createIndex(IndexDef.on("users")
                        .expressions("lower((email)::text)").named("users_email_lower_idx"))),
                new Case("create expression index written another way", USERS, m -> m.createIndex(IndexDef.on("users")
                        .expressions("lower(email)").named("users_email_lower_idx"))),
                new Case("create gin index in place", USERS + "ALTER TABLE users ADD COLUMN tags text[]",
                        m -> m.createIndex(IndexDef.on("users").columns("tags").using("gin").concurrently(false))),
                new Case("drop index", USERS + "CREATE INDEX users_score_idx ON users (score)",
                        m -> m.dropIndex("users_score_idx")),
                new Case("drop unique index with confirmation", USERS + "CREATE UNIQUE INDEX users_email_idx ON users (email)",
                        m -> m.dropIndex("users_email_idx", Confirmation.dataLoss("users_email_idx"))),
                new Case("add foreign key (not valid, validate)", USERS
                        + "CREATE TABLE posts (id serial PRIMARY KEY, author_id int); INSERT INTO posts (author_id) VALUES (1), (2)",
                        m -> m.addForeignKey(ForeignKeyDef.from("posts", "author_id").to("users", "id").onDelete(Action.CASCADE))),
                new Case("add unique constraint using a concurrent index", USERS,
                        m -> m.addUniqueConstraint("users", "users_email_key", "email")),
                new Case("add check constraint (not valid, validate)", USERS,
                        m -> m.addCheckConstraint("users", "users_score_range", "score BETWEEN 0 AND 100")),
                new Case("drop constraint", USERS + "ALTER TABLE users ADD CONSTRAINT users_score_positive CHECK (score > 0)",
                        m -> m.dropConstraint("users", "users_score_positive", Confirmation.dataLoss("users.users_score_positive"))),
                new Case("create enum type", "", m -> m.createEnumType("risk_level", "low", "medium", "high")),
                new Case("add enum value", "CREATE TYPE risk_level AS ENUM ('low', 'high')",
                        m -> m.addEnumValue("risk_level", "critical")),
                new Case("add enum value before", "CREATE TYPE risk_level AS ENUM ('low', 'high')",
                        m -> m.addEnumValueBefore("risk_level", "medium", "high")),
                new Case("add enum value after", "CREATE TYPE risk_level AS ENUM ('low', 'high')",
                        m -> m.addEnumValueAfter("risk_level", "medium", "low")),
                new Case("create sequence", "", m -> m.createSequence(SequenceDef.named("invoice_numbers").startWith(1000).cache(5))),
                new Case("drop sequence", "CREATE SEQUENCE old_numbers",
                        m -> m.dropSequence("old_numbers", Confirmation.dataLoss("old_numbers"))),
                new Case("comment on table", USERS, m -> m.commentOnTable("users", "Everyone who signed up; it's public")),
                new Case("comment on column", USERS, m -> m.commentOnColumn("users", "email", "Login address")),
                new Case("remove a comment", USERS + "COMMENT ON TABLE users IS 'old'", m -> m.commentOnTable("users", null)),
                new Case("batched backfill", USERS, m -> m.backfill(Backfill.of("users").set("status", "'migrated'")
                        .where("status IS NULL").batchSize(7).pause(Duration.ZERO))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void appliedTwiceEqualsAppliedOnce(Case operation, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "twice")) {
            if (!operation.setup().isBlank()) {
                scratch.execute(operation.setup());
            }
            SchemaSnapshot before = scratch.snapshot();
            MigrationOptions options = MigrationOptions.defaults();

            Object first;
            try (SchemaMigrator migrator = scratch.migrator(options)) {
                first = operation.operation().apply(migrator);
            }
            SchemaSnapshot once = scratch.snapshot();
            String data = dataOf(scratch);

            RecordingListener rerun = new RecordingListener();
            Object second;
            try (SchemaMigrator migrator = scratch.migrator(options.withListener(rerun))) {
                second = operation.operation().apply(migrator);
            }
            SchemaSnapshot twice = scratch.snapshot();

            assertThat(outcome(first)).isEqualTo(Outcome.APPLIED);
            assertThat(outcome(second)).isEqualTo(Outcome.ALREADY_PRESENT);
            if (!(second instanceof BackfillResult)) {
                assertThat(rerun.ddl()).isEmpty();
            }
            Scratch.assertSameSchema(twice, once);
            assertThat(dataOf(scratch)).isEqualTo(data);
            if (!operation.name().contains("backfill")) {
                assertThat(once).isNotEqualTo(before);
            }
        }
    }

    private static Outcome outcome(Object result) {
        return result instanceof BackfillResult backfill ? backfill.outcome() : (Outcome) result;
    }

    /** The users rows, if the table is there under either name, as one string. */
    private static String dataOf(Scratch scratch) throws Exception {
        List<String> tables = scratch.column("SELECT relname FROM pg_class WHERE relname IN ('users', 'members') "
                + "AND relnamespace = current_schema()::regnamespace");
        if (tables.isEmpty()) {
            return "";
        }
        return String.join("\n", scratch.column("SELECT t::text FROM " + tables.get(0) + " t ORDER BY id"));
    }
}
