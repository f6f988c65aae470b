package id.ac.ugm.aicare.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A snapshot is read in one query, whatever the number of tables, with every part of every table. */
@PostgresTest
class CatalogReaderTest {

    @Test
    void aSnapshotOfManyTablesIsOneQueryAndHoldsEveryPart(TestDatabase database) throws Exception {
        database.execute("CREATE SCHEMA many");
        StringBuilder setup = new StringBuilder("SET search_path TO many;\n"
                + "CREATE TYPE mood AS ENUM ('low', 'high');\n"
                + "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n");
        for (int i = 0; i < 40; i++) {
            setup.append("CREATE TABLE t").append(i).append(" (id serial PRIMARY KEY, m mood, n int CHECK (n > 0),"
                    + " code text UNIQUE, parent int REFERENCES t0 (id) ON DELETE CASCADE);\n");
            setup.append("CREATE INDEX t").append(i).append("_n_idx ON t").append(i).append(" (n) WHERE n > 1;\n");
            setup.append("COMMENT ON COLUMN t").append(i).append(".n IS 'a number';\n");
        }
        setup.append("CREATE TRIGGER t1_touch BEFORE UPDATE ON t1 FOR EACH ROW EXECUTE FUNCTION touch();\n"
                + "CREATE RULE t2_quiet AS ON DELETE TO t2 DO INSTEAD NOTHING;\n"
                + "ALTER TABLE t3 ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY t3_own ON t3 FOR SELECT USING (n > 0);\n");
        database.execute(setup.toString());

        AtomicInteger queries = new AtomicInteger();
        SchemaSnapshot snapshot;
        try (Connection connection = database.connection()) {
            snapshot = CatalogReader.read(counting(connection, queries), "many");
        }

        assertThat(queries).hasValue(1);
        assertThat(snapshot.tables()).hasSize(40);
        SchemaSnapshot.TableSnapshot t5 = snapshot.table("t5");
        assertThat(t5.columns()).extracting(SchemaSnapshot.ColumnSnapshot::name, SchemaSnapshot.ColumnSnapshot::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", 1), org.assertj.core.groups.Tuple.tuple("m", 2),
                        org.assertj.core.groups.Tuple.tuple("n", 3), org.assertj.core.groups.Tuple.tuple("code", 4),
                        org.assertj.core.groups.Tuple.tuple("parent", 5));
        assertThat(t5.column("n").comment()).isEqualTo("a number");
        assertThat(t5.primaryKey().name()).isEqualTo("t5_pkey");
        assertThat(t5.uniqueConstraints()).extracting(SchemaSnapshot.KeySnapshot::name).containsExactly("t5_code_key");
        assertThat(t5.checks()).extracting(SchemaSnapshot.CheckSnapshot::definition).containsExactly("CHECK ((n > 0))");
        assertThat(t5.foreignKeys()).singleElement().satisfies(key -> {
            assertThat(key.referencedTable()).isEqualTo("t0");
            assertThat(key.onDelete()).isEqualTo("CASCADE");
        });
        // The indexes of constraints are the constraints' own; only the declared index is one.
        assertThat(t5.indexes()).extracting(SchemaSnapshot.IndexSnapshot::name).containsExactly("t5_n_idx");
        assertThat(t5.indexes().get(0).predicate()).isEqualTo("(n > 1)");
        assertThat(snapshot.table("t1").triggers()).singleElement()
                .satisfies(trigger -> assertThat(trigger.definition()).doesNotContain("many."));
        assertThat(snapshot.table("t2").rules()).extracting(SchemaSnapshot.RuleSnapshot::name).containsExactly("t2_quiet");
        assertThat(snapshot.table("t3").rowSecurity().enabled()).isTrue();
        assertThat(snapshot.table("t3").policies()).singleElement()
                .satisfies(policy -> assertThat(policy.definition()).isEqualTo("PERMISSIVE FOR SELECT TO PUBLIC USING ((n > 0))"));
        assertThat(snapshot.enumTypes()).containsEntry("mood", java.util.List.of("low", "high"));
        assertThat(snapshot.sequences()).containsKey("t5_id_seq");
        assertThat(snapshot.sequences().get("t5_id_seq").ownedBy()).isEqualTo("t5.id");
    }

    /** The connection, counting the statements it prepares or creates (each is one query here). */
    private static Connection counting(Connection connection, AtomicInteger queries) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
