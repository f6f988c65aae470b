package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.EntityTables;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.Diary;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the object exists in another shape, the helper throws a conflict that says what it expected
 * and what it found, sends no DDL, and the schema is exactly as before.
 */
@PostgresTest
class ConflictsChangeNothingTest {

    private static final EntityTables DIARIES = EntityTables.of(ModelCatalog.of(List.of(new DiaryModule())));

    private static final String SETUP = """
            CREATE TABLE users (id serial PRIMARY KEY, email varchar(120), score integer NOT NULL DEFAULT 0, status text);
            CREATE TABLE teams (id serial PRIMARY KEY);
            CREATE TABLE posts (id serial PRIMARY KEY, author_id int REFERENCES teams (id), body text);
            CREATE INDEX users_score_idx ON users (score);
            ALTER TABLE users ADD CONSTRAINT users_score_range CHECK (score >= 0);
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
            CREATE TYPE risk_level AS ENUM ('low', 'high');
            CREATE SEQUENCE invoice_numbers START 1000;
            CREATE TABLE tickets (id int);
            CREATE TYPE mood_enum AS ENUM ('low', 'steady', 'high', 'in between');
            CREATE TABLE diaries (id serial PRIMARY KEY, title varchar(120) NOT NULL);
            """;

    /** A call that must conflict, and words its message must contain. */
    record Case(String name, Consumer<SchemaMigrator> call, List<String> says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> conflicts() {
        return Stream.of(
                new Case("column of another type", m -> m.addColumn("users", ColumnDef.of("email", "text")),
                        List.of("users.email", "expected column text NULL", "found column character varying(120) NULL")),
                new Case("column of another nullability", m -> m.addColumn("users", ColumnDef.of("status", "text").notNull()),
                        List.of("expected column text NOT NULL", "found column text NULL")),
                new Case("column with another default", m -> m.addColumn("users", ColumnDef.of("score", "int").notNull().defaultTo("1")),
                        List.of("DEFAULT 1", "DEFAULT 0")),
                new Case("table with a column of another type", m -> m.createTable(TableDef.named("users")
                                .column(ColumnDef.of("id", "serial")).column(ColumnDef.of("email", "varchar(80)")).primaryKey("id")),
                        List.of("column email expected character varying(80) NULL, found character varying(120) NULL")),
                new Case("table without a described column", m -> m.createTable(TableDef.named("users")
                                .column(ColumnDef.of("id", "serial")).column(ColumnDef.of("mood", "text")).primaryKey("id")),
                        List.of("missing column mood text NULL")),
                new Case("table with another primary key", m -> m.createTable(TableDef.named("users")
                                .column(ColumnDef.of("id", "int").notNull()).column(ColumnDef.of("email", "varchar(120)"))
                                .primaryKey("email")),
                        List.of("primary key expected [email], found [id]")),
                new Case("table from an entity, shaped otherwise", m -> DIARIES.create(m, Diary.class),
                        List.of("diaries", "as the models define it", "missing column")),
                new Case("index on other columns", m -> m.createIndex(IndexDef.on("users").columns("email").named("users_score_idx")),
                        List.of("expected index on users USING btree (email)", "found index on users USING btree (score)")),
                new Case("index name taken by a table", m -> m.createIndex(IndexDef.on("users").columns("email").named("tickets")),
                        List.of("found table tickets")),
                new Case("check with another definition", m -> m.addCheckConstraint("users", "users_score_range", "score > 0"),
                        List.of("expected CHECK (score > 0)", "found check constraint CHECK ((score >= 0))")),
                new Case("foreign key to another table", m -> m.addForeignKey(ForeignKeyDef.from("posts", "author_id").to("users", "id")),
                        List.of("-> users[id]", "-> teams[id]")),
                new Case("unique constraint on other columns", m -> m.addUniqueConstraint("users", "users_email_key", "email", "status"),
                        List.of("UNIQUE [email, status]", "found unique constraint UNIQUE (email)")),
                new Case("enum without a described label", m -> m.createEnumType("risk_level", "low", "medium", "high"),
                        List.of("expected enum [low, medium, high]", "found enum [low, high]")),
                new Case("enum with labels in another order", m -> m.createEnumType("risk_level", "high", "low"),
                        List.of("expected enum [high, low]", "found enum [low, high]")),
                new Case("enum value in another place", m -> m.addEnumValueBefore("risk_level", "high", "low"),
                        List.of("'high' before 'low'")),
                new Case("sequence with other parameters", m -> m.createSequence(SequenceDef.named("invoice_numbers").startWith(1)),
                        List.of("START 1 ", "START 1000")),
                new Case("sequence name taken by a table", m -> m.createSequence(SequenceDef.named("tickets")),
                        List.of("found table tickets")),
                new Case("rename when both columns exist", m -> m.renameColumn("users", "email", "status"),
                        List.of("found both columns")),
                new Case("rename when both tables exist", m -> m.renameTable("users", "teams"),
                        List.of("found table users and table teams")),
                new Case("column of a missing table", m -> m.addColumn("nowhere", ColumnDef.of("x", "int")),
                        List.of("no such table")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflicts")
    void aConflictSaysWhatItExpectedAndFoundAndChangesNothing(Case conflict, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "conflict")) {
            scratch.execute(SETUP);
            SchemaSnapshot before = scratch.snapshot();
            RecordingListener listener = new RecordingListener();
            MigrationOptions options = MigrationOptions.defaults().withListener(listener);

            MigrationConflictException thrown;
            try (SchemaMigrator migrator = scratch.migrator(options)) {
                thrown = catchThrowableOfType(MigrationConflictException.class, () -> conflict.call().accept(migrator));
            }

            assertThat(thrown).as("a conflict").isNotNull();
            assertThat(thrown.getMessage()).contains(conflict.says()).contains("nothing was changed");
            assertThat(listener.ddl()).isEmpty();
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }
}
