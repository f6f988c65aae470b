package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code email}, {@code Email} and {@code еmail} (Cyrillic {@code е}) must not stand side by side:
 * a helper refuses to create an object whose name holds upper-case or non-ASCII letters, before any
 * SQL, unless the options explicitly allow such names. Existing objects with such names can still be
 * renamed to a plain name.
 */
@PostgresTest
class LookAlikeNamesTest {

    private static final String CYRILLIC_EMAIL = "\u0435mail";

    static Stream<Consumer<SchemaMigrator>> creatingLookAlikes() {
        return Stream.of(
                m -> m.addColumn("users", ColumnDef.of("Email", "text")),
                m -> m.addColumn("users", ColumnDef.of(CYRILLIC_EMAIL, "text")),
                m -> m.createTable(TableDef.named("Users").column("id", "int")),
                m -> m.createTable(TableDef.named("notes").column("Id", "int")),
                m -> m.renameColumn("users", "email", "Email"),
                m -> m.renameTable("users", "us\u0435rs"),
                m -> m.createIndex(IndexDef.on("users").columns("email").named("Users_email_idx")),
                m -> m.addCheckConstraint("users", "Users_check", "id > 0"),
                m -> m.addUniqueConstraint("users", "Users_email_key", "email"),
                m -> m.addForeignKey(ForeignKeyDef.from("users", "id").to("users", "id").named("Users_fkey")),
                m -> m.createEnumType("Mood", "a"),
                m -> m.createSequence(SequenceDef.named("Numbers")));
    }

    @ParameterizedTest
    @MethodSource("creatingLookAlikes")
    void aNewNameWithUpperCaseOrNonAsciiLettersIsRefusedBeforeAnySql(Consumer<SchemaMigrator> call, TestDatabase database)
            throws Exception {
        try (Scratch scratch = Scratch.in(database, "lookalike")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)");
            SchemaSnapshot before = scratch.snapshot();
            List<String> logged = StatementLog.of(database).during(() -> {
                try (SchemaMigrator migrator = scratch.migrator()) {
                    assertThatThrownBy(() -> call.accept(migrator)).isInstanceOf(InvalidIdentifierException.class)
                            .hasMessageContaining("lower-case ASCII")
                            .hasMessageContaining("allowingUpperCaseAndNonAsciiNames");
                }
            });
            assertThat(logged).isEmpty();
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }

    @Test
    void theExplicitOptionAllowsSuchNames(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "lookalike")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)");
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().allowingUpperCaseAndNonAsciiNames())) {
                assertThat(migrator.addColumn("users", ColumnDef.of("Email", "text"))).isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.snapshot().table("users").column("Email")).isNotNull();
        }
    }

    @Test
    void anExistingMixedCaseColumnCanBeRenamedToAPlainName(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "lookalike")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, \"Email\" text)");
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.renameColumn("users", "Email", "email")).isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.snapshot().table("users").column("email")).isNotNull();
        }
    }
}
