package id.ac.ugm.aicare.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class SchemaDiffTest {

    private static final String BASE = """
            CREATE TYPE level AS ENUM ('low', 'high');
            CREATE TABLE parent (id serial PRIMARY KEY, code varchar(20) UNIQUE, lvl level,
                                 score integer CONSTRAINT score_positive CHECK (score > 0));
            CREATE TABLE child (id serial PRIMARY KEY, parent_id integer REFERENCES parent ON DELETE CASCADE,
                                note text, made_at timestamptz DEFAULT now() NOT NULL);
            COMMENT ON COLUMN child.note IS 'why';
            CREATE INDEX ix_child_parent ON child (parent_id);
            """;

    private static SchemaSnapshot snapshot(TestDatabase db, String purpose, String sql) throws Exception {
        TestDatabase database = db.createSibling(purpose);
        database.execute(sql);
        try (Connection connection = database.connection()) {
            return CatalogReader.read(connection);
        }
    }

    private static List<String> differences(TestDatabase db, String purpose, String changes) throws Exception {
        SchemaSnapshot expected = snapshot(db, purpose + "_a", BASE);
        SchemaSnapshot actual = snapshot(db, purpose + "_b", BASE + changes);
        return SchemaDiff.compare(expected, actual).stream().map(Difference::toString).toList();
    }

    @Test
    void identicalSchemasHaveNoDifference(TestDatabase db) throws Exception {
        assertThat(differences(db, "same", "")).isEmpty();
    }

    @Test
    void readsEveryKindOfObject(TestDatabase db) throws Exception {
        SchemaSnapshot snapshot = snapshot(db, "read", BASE);
        assertThat(snapshot.enumTypes()).containsEntry("level", List.of("low", "high"));
        assertThat(snapshot.table("parent").uniqueConstraints()).extracting(SchemaSnapshot.KeySnapshot::name)
                .containsExactly("parent_code_key");
        assertThat(snapshot.table("parent").checks()).extracting(SchemaSnapshot.CheckSnapshot::definition)
                .containsExactly("CHECK ((score > 0))");
        assertThat(snapshot.table("child").foreignKeys().get(0).onDelete()).isEqualTo("CASCADE");
        assertThat(snapshot.table("child").column("made_at").defaultExpression()).isEqualTo("now()");
        assertThat(snapshot.table("child").column("note").comment()).isEqualTo("why");
        assertThat(snapshot.sequences()).containsKey("child_id_seq");
        assertThat(snapshot.sequences().get("child_id_seq").ownedBy()).isEqualTo("child.id");
        assertThat(snapshot.table("child").indexes()).extracting(SchemaSnapshot.IndexSnapshot::name)
                .containsExactly("ix_child_parent");
    }

    @Test
    void reportsEachChangeReadably(TestDatabase db) throws Exception {
        assertThat(differences(db, "changed", """
                ALTER TABLE child ALTER COLUMN note TYPE varchar(200);
                ALTER TABLE child ALTER COLUMN made_at DROP NOT NULL;
                ALTER TABLE child ALTER COLUMN made_at SET DEFAULT clock_timestamp();
                ALTER TABLE child ADD COLUMN extra integer;
                ALTER TYPE level ADD VALUE 'medium' BEFORE 'high';
                DROP INDEX ix_child_parent;
                CREATE INDEX ix_child_parent ON child USING hash (parent_id);
                COMMENT ON COLUMN child.note IS NULL;
                """)).containsExactlyInAnyOrder(
                "level: enum type expected [low, high], found [low, medium, high]",
                "child.note: column type expected text, found character varying(200)",
                "child.note: comment expected 'why', found (none)",
                "child.made_at: nullability expected NOT NULL, found NULL",
                "child.made_at: default expected now(), found clock_timestamp()",
                "child.extra: unexpected column integer",
                "child.ix_child_parent: index expected btree [parent_id], found hash [parent_id]");
    }

    @Test
    void reportsMissingTablesConstraintsAndColumnOrder(TestDatabase db) throws Exception {
        SchemaSnapshot expected = snapshot(db, "order_a", BASE + "CREATE TABLE extra_one (a int, b int);");
        SchemaSnapshot actual = snapshot(db, "order_b", BASE.replace(" UNIQUE,", ",")
                .replace("ON DELETE CASCADE", "") + "CREATE TABLE extra_one (b int, a int);");
        assertThat(SchemaDiff.compare(expected, actual).stream().map(Difference::toString).toList())
                .containsExactlyInAnyOrder(
                        "extra_one: column order expected [a, b], found [b, a]",
                        "parent.parent_code_key: missing unique constraint UNIQUE [code]",
                        "child.child_parent_id_fkey: foreign key expected [parent_id] -> parent[id] ON DELETE CASCADE "
                                + "ON UPDATE NO ACTION, found [parent_id] -> parent[id] ON DELETE NO ACTION ON UPDATE NO ACTION");
        SchemaSnapshot withoutExtra = snapshot(db, "order_c", BASE);
        assertThat(SchemaDiff.compare(withoutExtra, expected).stream().map(Difference::toString).toList())
                .containsExactly("extra_one: unexpected table");
        assertThat(SchemaDiff.compare(withoutExtra, expected, SchemaDiff.Options.strict().ignoringExtras())).isEmpty();
    }

    @Test
    void frozenNowDefaultsCompareByFormNotByMoment(TestDatabase db) throws Exception {
        String sql = "CREATE TABLE stamped (at timestamptz DEFAULT 'now()');";
        SchemaSnapshot first = snapshot(db, "frozen_a", sql);
        Thread.sleep(20);
        SchemaSnapshot second = snapshot(db, "frozen_b", sql);
        assertThat(first.table("stamped").column("at").defaultExpression())
                .isNotEqualTo(second.table("stamped").column("at").defaultExpression())
                .endsWith("::timestamp with time zone");
        assertThat(SchemaDiff.compare(first, second)).isEmpty();
        assertThat(SchemaDiff.compare(first, second, new SchemaDiff.Options(false, false, false))).hasSize(1);
    }
}
