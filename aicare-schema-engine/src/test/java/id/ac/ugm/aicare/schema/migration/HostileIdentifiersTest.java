package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hostile name is refused before any SQL runs: by the first helper call on a live connection
 * (no statement sent, schema unchanged, the victim table still there) and even on a closed one,
 * which would fail on any SQL.
 */
@PostgresTest
class HostileIdentifiersTest {

    private static final List<String> HOSTILE = List.of(
            "users; DROP TABLE users",
            "users\"; DROP TABLE users; --",
            "o'brien",
            "us\0ers",
            "x".repeat(64),
            "",
            "users--",
            "users /* */");

    static Stream<Consumer<SchemaMigrator>> callsWith(String name) {
        return Stream.of(
                m -> m.addColumn(name, ColumnDef.of("x", "int")),
                m -> m.addColumn("users", ColumnDef.of(name, "int")),
                m -> m.createTable(TableDef.named(name).column("id", "int")),
                m -> m.dropTable(name, Confirmation.dataLoss(name)),
                m -> m.dropColumn("users", name, Confirmation.dataLoss("users." + name)),
                m -> m.renameColumn("users", "email", name),
                m -> m.renameTable("users", name),
                m -> m.createIndex(IndexDef.on("users").columns(name)),
                m -> m.createIndex(IndexDef.on("users").columns("email").named(name)),
                m -> m.dropIndex(name),
                m -> m.addCheckConstraint("users", name, "id > 0"),
                m -> m.addUniqueConstraint("users", name, "email"),
                m -> m.addForeignKey(ForeignKeyDef.from("users", "id").to(name, "id")),
                m -> m.dropConstraint("users", name, Confirmation.dataLoss("users." + name)),
                m -> m.createEnumType(name, "a"),
                m -> m.addEnumValue(name, "a"),
                m -> m.createSequence(SequenceDef.named(name)),
                m -> m.setNotNull("users", name),
                m -> m.setDefault(name, "email", "'x'"),
                m -> m.commentOnColumn("users", name, "hello"),
                m -> m.backfill(Backfill.of(name).set("email", "'x'")));
    }

    static Stream<String> hostileNames() {
        return HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileNameRunsNoSql(String name, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "hostile")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text); INSERT INTO users (email) VALUES ('a')");
            SchemaSnapshot before = scratch.snapshot();
            callsWith(name).forEach(call -> {
                RecordingListener listener = new RecordingListener();
                try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                    assertThatThrownBy(() -> call.accept(migrator)).isInstanceOf(InvalidIdentifierException.class);
                    assertThat(migrator.statementsSent()).isZero();
                }
                assertThat(listener.statements).isEmpty();
            });
            Scratch.assertSameSchema(scratch.snapshot(), before);
            assertThat(scratch.column("SELECT email FROM users")).containsExactly("a");
        }
    }

    @Test
    void aHostileNameIsRefusedEvenOnAClosedConnection(TestDatabase database) throws Exception {
        Connection closed = database.connection();
        closed.close();
        try (SchemaMigrator migrator = SchemaMigrator.on(closed)) {
            assertThatThrownBy(() -> migrator.addColumn("users; DROP TABLE users", ColumnDef.of("x", "int")))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("users; DROP TABLE users");
        }
    }

    @Test
    void sqlFragmentsThatCouldEndTheStatementAreRefusedBeforeAnySql(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "hostile")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text, score int)");
            SchemaSnapshot before = scratch.snapshot();
            List<Consumer<SchemaMigrator>> calls = List.of(
                    m -> m.setDefault("users", "score", "0; DROP TABLE users"),
                    m -> m.addCheckConstraint("users", "users_score_check", "score > 0) NOT VALID, DROP COLUMN email, ADD CHECK (true"),
                    m -> m.addColumn("users", ColumnDef.of("x", "int -- comment")),
                    m -> m.addColumn("users", ColumnDef.of("x", "int").defaultTo("'unterminated")),
                    m -> m.createIndex(IndexDef.on("users").columns("email").where("true); DROP TABLE users; --")),
                    m -> m.changeColumnType("users", "score", "bigint", "$$x$$"),
                    m -> m.backfill(Backfill.of("users").set("email", "'x'").where("true /* */")));
            for (Consumer<SchemaMigrator> call : calls) {
                try (SchemaMigrator migrator = scratch.migrator()) {
                    assertThatThrownBy(() -> call.accept(migrator)).isInstanceOf(IllegalArgumentException.class);
                    assertThat(migrator.statementsSent()).isZero();
                }
            }
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }

    @Test
    void valuesWithQuotesAreStoredAsWrittenNotExecuted(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "hostile")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text); INSERT INTO users (email) VALUES ('a')");
            String text = "it's'); DROP TABLE users; --";
            try (SchemaMigrator migrator = scratch.migrator()) {
                migrator.commentOnTable("users", text);
                migrator.createEnumType("quoted_labels", text, "plain");
                migrator.backfill(Backfill.of("users").setValue("email", text).where("email = 'a'"));
                assertThat(migrator.commentOnTable("users", text)).isEqualTo(Outcome.ALREADY_PRESENT);
            }
            SchemaSnapshot after = scratch.snapshot();
            assertThat(after.table("users").comment()).isEqualTo(text);
            assertThat(after.enumTypes().get("quoted_labels")).containsExactly(text, "plain");
            assertThat(scratch.column("SELECT email FROM users")).containsExactly(text);
        }
    }
}
