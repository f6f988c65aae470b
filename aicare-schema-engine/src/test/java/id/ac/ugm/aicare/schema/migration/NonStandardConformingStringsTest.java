package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a session with {@code standard_conforming_strings = off} (a per-role or per-database setting)
 * a backslash in a plain {@code '...'} string is an escape. Text the helpers write as literals
 * (comments, enum labels) is stored as given and never ends its literal early; a fragment whose
 * strings would read differently under that setting is refused before any SQL.
 */
@PostgresTest
class NonStandardConformingStringsTest {

    private static final String BACKSLASH_QUOTE = "x\\'; DROP TABLE victim; --";

    @Test
    void commentsAndEnumLabelsWithBackslashQuoteAreStoredAsWrittenNotExecuted(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "nonstandard")) {
            scratch.execute("CREATE TABLE victim (id int); CREATE TABLE users (id serial PRIMARY KEY, email text)");
            scratch.execute("SET standard_conforming_strings = off");
            try (SchemaMigrator migrator = scratch.migrator()) {
                migrator.commentOnTable("users", BACKSLASH_QUOTE);
                migrator.commentOnColumn("users", "email", BACKSLASH_QUOTE);
                migrator.createEnumType("labels", BACKSLASH_QUOTE, "a\\\\b");
                migrator.createTable(TableDef.named("notes").column(ColumnDef.of("id", "int").comment(BACKSLASH_QUOTE))
                        .comment(BACKSLASH_QUOTE));
                assertThat(migrator.commentOnTable("users", BACKSLASH_QUOTE)).isEqualTo(Outcome.ALREADY_PRESENT);
            }
            SchemaSnapshot after = scratch.snapshot();
            assertThat(after.table("victim")).isNotNull();
            assertThat(after.table("users").comment()).isEqualTo(BACKSLASH_QUOTE);
            assertThat(after.table("notes").comment()).isEqualTo(BACKSLASH_QUOTE);
            assertThat(after.enumTypes().get("labels")).containsExactly(BACKSLASH_QUOTE, "a\\\\b");
        }
    }

    @Test
    void aFragmentWhoseStringReadsDifferentlyWithTheSettingOffIsRefusedBeforeAnySql(TestDatabase database)
            throws Exception {
        try (Scratch scratch = Scratch.in(database, "nonstandard")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, email text, nickname text)");
            scratch.execute("SET standard_conforming_strings = off");
            SchemaSnapshot before = scratch.snapshot();
            // Read with the setting on this is one string concatenation; with it off, the first string ends
            // after the backslash-quote and ", DROP COLUMN email" becomes a second action.
            String fragment = "'\\' || ', DROP COLUMN email --'";
            List<String> logged = StatementLog.of(database).during(() -> {
                try (SchemaMigrator migrator = scratch.migrator()) {
                    assertThatThrownBy(() -> migrator.setDefault("users", "nickname", fragment))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("standard_conforming_strings");
                    assertThatThrownBy(() -> migrator.backfill(Backfill.of("users").set("nickname", fragment)))
                            .isInstanceOf(IllegalArgumentException.class);
                }
            });
            assertThat(logged).isEmpty();
            Scratch.assertSameSchema(scratch.snapshot(), before);
        }
    }

    @Test
    void anEscapeStringMeansTheSameWhateverTheSetting(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "nonstandard")) {
            scratch.execute("CREATE TABLE users (id serial PRIMARY KEY, nickname text)");
            scratch.execute("SET standard_conforming_strings = off");
            try (SchemaMigrator migrator = scratch.migrator()) {
                migrator.setDefault("users", "nickname", "E'a\\\\b'");
            }
            scratch.execute("SET standard_conforming_strings = on; INSERT INTO users DEFAULT VALUES");
            assertThat(scratch.column("SELECT nickname FROM users")).containsExactly("a\\b");
        }
    }
}
