package id.ac.ugm.aicare.sql.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBuildersTest {

    private static final CreateTable NOTES = CreateTable.of("notes", List.of(
            new ColumnDefinition("id", "serial", null, true),
            new ColumnDefinition("body", "text", "''", false),
            KeyConstraint.primaryKey("notes_pkey", List.of("id")),
            KeyConstraint.unique("notes_body_key", List.of("body")),
            new Check(null, "length(body) < 100")));

    @Test
    void aTableRendersOneElementPerIndentedLine() {
        assertThat(NOTES.sql()).isEqualTo("""
                CREATE TABLE notes (
                    id serial NOT NULL,
                    body text DEFAULT '',
                    CONSTRAINT notes_pkey PRIMARY KEY (id),
                    CONSTRAINT notes_body_key UNIQUE (body),
                    CHECK (length(body) < 100)
                )""");
    }

    @Test
    void guardingAndQualifyingChangeOnlyTheirWords() {
        assertThat(NOTES.ifNotExists().sql("Care")).startsWith("CREATE TABLE IF NOT EXISTS \"Care\".notes (\n    id serial");
        CreateIndex index = CreateIndex.on("notes_body_idx", "notes", true, "btree", List.of("body", "id DESC"))
                .where("body <> ''");
        assertThat(index.sql()).isEqualTo("CREATE UNIQUE INDEX notes_body_idx ON notes USING btree (body, id DESC) WHERE body <> ''");
        assertThat(index.concurrently(true).ifNotExists().sql("care")).isEqualTo(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS notes_body_idx ON care.notes USING btree (body, id DESC)"
                        + " WHERE body <> ''");
        assertThat(CreateIndex.on("i", "t", false, null, List.of("a")).sql()).isEqualTo("CREATE INDEX i ON t (a)");
    }

    @Test
    void commentsQuoteTheirTextAndNullRemovesThem() {
        assertThat(CommentOn.table("notes", "it's").sql()).isEqualTo("COMMENT ON TABLE notes IS 'it''s'");
        assertThat(CommentOn.column("notes", "order", "a\\b").sql("s"))
                .isEqualTo("COMMENT ON COLUMN s.notes.\"order\" IS E'a\\\\b'");
        assertThat(CommentOn.table("notes", null).sql()).isEqualTo("COMMENT ON TABLE notes IS NULL");
    }

    @Test
    void enumTypesForeignKeysAndChecksCarryTheirNames() {
        assertThat(new CreateEnumType("mood", List.of("low", "o'k")).sql("s")).isEqualTo("CREATE TYPE s.mood AS ENUM ('low', 'o''k')");
        AddForeignKey key = new AddForeignKey("notes", "notes_user_fk", List.of("user_id"), "users", List.of("id"),
                "CASCADE", null, false);
        assertThat(key.sql()).isEqualTo(
                "ALTER TABLE notes ADD CONSTRAINT notes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE");
        assertThat(new AddForeignKey("notes", "k", List.of("a"), "users", List.of("id"), "NO ACTION", "NO ACTION", true)
                .sql("s")).isEqualTo("ALTER TABLE s.notes ADD CONSTRAINT k FOREIGN KEY (a) REFERENCES s.users (id)"
                + " ON DELETE NO ACTION ON UPDATE NO ACTION NOT VALID");
        assertThat(new Check("positive", "n > 0").addSql("s", "t", true))
                .isEqualTo("ALTER TABLE s.t ADD CONSTRAINT positive CHECK (n > 0) NOT VALID");
        assertThat(new ColumnDefinition("n", "integer", "0", true).addSql(null, "t"))
                .isEqualTo("ALTER TABLE t ADD COLUMN IF NOT EXISTS n integer DEFAULT 0 NOT NULL");
    }

    @Test
    void badNamesAndEmptyIndexesAreRefusedBeforeAnySqlExists() {
        assertThatThrownBy(() -> CreateTable.of("bad\0name", List.of())).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new ColumnDefinition("", "text", null, false)).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> CreateIndex.on("i", "t", false, null, List.of()))
                .hasMessage("index i on t has no key columns or expressions");
        assertThatThrownBy(() -> new Check(null, "n > 0").addSql(null, "t", false))
                .hasMessage("a check added to a table needs a name");
    }
}
