package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL keeps a primary key's and a serial sequence's names when it renames their table;
 * renameTable gives those that carry the old table's default names the new table's, so that the
 * table reads as one created under the new name, and leaves names someone chose alone.
 */
@PostgresTest
class RenameTableDefaultNamesTest {

    @Test
    void thePrimaryKeyAndTheSerialSequenceFollowTheTable(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("follow");
        db.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text); INSERT INTO notes (body) VALUES ('a')");

        try (Connection connection = db.connection(); SchemaMigrator schema = SchemaMigrator.on(connection)) {
            assertThat(schema.renameTable("notes", "memos")).isEqualTo(Outcome.APPLIED);
            assertThat(schema.renameTable("notes", "memos")).isEqualTo(Outcome.ALREADY_PRESENT);
        }

        assertThat(names(db)).containsExactly("memos", "memos_id_seq", "memos_pkey");
        db.execute("INSERT INTO memos (body) VALUES ('b')");
        assertThat(db.rows("SELECT id || ' ' || body FROM memos ORDER BY id")).containsExactly("1 a", "2 b");
    }

    @Test
    void aRunStoppedAfterTheTableRenameFinishesTheRestOnTheNextRun(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("resume");
        db.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text); ALTER TABLE notes RENAME TO memos");

        try (Connection connection = db.connection(); SchemaMigrator schema = SchemaMigrator.on(connection)) {
            assertThat(schema.renameTable("notes", "memos")).isEqualTo(Outcome.APPLIED);
        }

        assertThat(names(db)).containsExactly("memos", "memos_id_seq", "memos_pkey");
    }

    @Test
    void namesSomeoneChoseAreLeftAlone(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("chosen");
        db.execute("CREATE SEQUENCE note_numbers; "
                + "CREATE TABLE notes (id integer DEFAULT nextval('note_numbers') CONSTRAINT notes_key PRIMARY KEY)");

        try (Connection connection = db.connection(); SchemaMigrator schema = SchemaMigrator.on(connection)) {
            schema.renameTable("notes", "memos");
        }

        assertThat(names(db)).containsExactly("memos", "note_numbers", "notes_key");
    }

    private static List<String> names(TestDatabase db) {
        return db.rows("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname");
    }
}
