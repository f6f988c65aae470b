package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drops that lose data throw before any SQL runs unless a confirmation names exactly what they drop. */
@PostgresTest
class DestructiveOperationsNeedConfirmationTest {

    private static final String SETUP = """
            CREATE TABLE users (id serial PRIMARY KEY, email text, legacy text);
            INSERT INTO users (email, legacy) VALUES ('a@example.org', 'keep me');
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
            CREATE UNIQUE INDEX users_legacy_idx ON users (legacy);
            CREATE SEQUENCE invoice_numbers;
            """;

    /** A destructive call with a missing or wrong confirmation. */
    record Case(String name, Consumer<SchemaMigrator> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> unconfirmed() {
        return Stream.of(
                new Case("drop table without confirmation", m -> m.dropTable("users", null)),
                new Case("drop table confirming another table", m -> m.dropTable("users", Confirmation.dataLoss("user"))),
                new Case("drop column without confirmation", m -> m.dropColumn("users", "legacy", null)),
                new Case("drop column confirming the table only", m -> m.dropColumn("users", "legacy", Confirmation.dataLoss("users"))),
                new Case("drop constraint without confirmation", m -> m.dropConstraint("users", "users_email_key", null)),
                new Case("drop sequence without confirmation", m -> m.dropSequence("invoice_numbers", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unconfirmed")
    void aDestructiveCallWithoutItsConfirmationRunsNoSql(Case call, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "destructive")) {
            scratch.execute(SETUP);
            SchemaSnapshot before = scratch.snapshot();
            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                assertThatThrownBy(() -> call.call().accept(migrator))
                        .isInstanceOf(DestructiveOperationException.class)
                        .hasMessageContaining("Confirmation.dataLoss(")
                        .hasMessageContaining("nothing was run");
                assertThat(migrator.statementsSent()).isZero();
            }
            assertThat(listener.statements).isEmpty();
            Scratch.assertSameSchema(scratch.snapshot(), before);
            assertThat(scratch.column("SELECT legacy FROM users")).containsExactly("keep me");
        }
    }

    @Test
    void droppingAUniqueIndexNeedsAConfirmationButAPlainOneDoesNot(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "destructive")) {
            scratch.execute(SETUP + "CREATE INDEX users_email_idx ON users (email)");
            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                assertThatThrownBy(() -> migrator.dropIndex("users_legacy_idx"))
                        .isInstanceOf(DestructiveOperationException.class)
                        .hasMessageContaining("Confirmation.dataLoss(\"users_legacy_idx\")");
                assertThat(listener.ddl()).isEmpty();
                assertThat(migrator.dropIndex("users_email_idx")).isEqualTo(Outcome.APPLIED);
                assertThat(migrator.dropIndex("users_legacy_idx", Confirmation.dataLoss("users_legacy_idx")))
                        .isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.snapshot().table("users").indexes()).isEmpty();
        }
    }

    @Test
    void theIndexOfAConstraintIsNotDroppedAsAnIndex(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "destructive")) {
            scratch.execute(SETUP);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThatThrownBy(() -> migrator.dropIndex("users_email_key", Confirmation.dataLoss("users_email_key")))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("backs constraint users_email_key");
            }
            assertThat(scratch.snapshot().table("users").uniqueConstraints()).hasSize(1);
        }
    }

    @Test
    void aConfirmedDropOfADependedOnTableFailsRatherThanCascading(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "destructive")) {
            scratch.execute(SETUP + "CREATE TABLE posts (id int, author_id int REFERENCES users (id))");
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThatThrownBy(() -> migrator.dropTable("users", Confirmation.dataLoss("users")))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("depend");
            }
            assertThat(scratch.snapshot().table("posts").foreignKeys()).hasSize(1);
        }
    }
}
