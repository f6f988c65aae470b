package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every helper entry point that takes SQL text takes exactly one expression or one type name: a
 * top-level comma or a word that starts another action, clause or statement is refused before any
 * SQL reaches the server (its own statement log shows none), so no fragment can drop a column or
 * overwrite a second one. Commas and keywords inside parentheses or brackets stay allowed.
 */
@PostgresTest
class FragmentsAreOneExpressionTest {

    private static final String SETUP = """
            CREATE TABLE users (id serial PRIMARY KEY, email text, nickname text, score int, deleted_at timestamptz);
            INSERT INTO users (email, nickname, score) VALUES ('a@example.org', 'a', 1);
            """;


    static Stream<NamedCall> smuggling() {
        return Stream.of(
                new NamedCall("column type with a comma", m -> m.addColumn("users", ColumnDef.of("x", "int, DROP COLUMN email"))),
                new NamedCall("column type in a table", m -> m.createTable(TableDef.named("t").column("x", "int, email text"))),
                new NamedCall("column type with a default", m -> m.addColumn("users", ColumnDef.of("x", "int DEFAULT 5"))),
                new NamedCall("column type with a reference", m -> m.addColumn("users", ColumnDef.of("x", "int REFERENCES users"))),
                new NamedCall("column type generated", m -> m.addColumn("users",
                        ColumnDef.of("x", "int GENERATED ALWAYS AS (score) STORED"))),
                new NamedCall("column type with a string", m -> m.addColumn("users", ColumnDef.of("x", "text 'a'"))),
                new NamedCall("column default with a comma", m -> m.addColumn("users",
                        ColumnDef.of("x", "int").defaultTo("0, DROP COLUMN email"))),
                new NamedCall("column default with NOT NULL", m -> m.addColumn("users", ColumnDef.of("x", "text").defaultTo("'a' NOT NULL"))),
                new NamedCall("setDefault with a comma", m -> m.setDefault("users", "score", "0, DROP COLUMN email")),
                new NamedCall("setDefault with a second action", m -> m.setDefault("users", "score", "0 DROP COLUMN email")),
                new NamedCall("changeColumnType USING with a comma", m -> m.changeColumnType("users", "score", "bigint",
                        "score::bigint, DROP COLUMN email")),
                new NamedCall("changeColumnType type with USING", m -> m.changeColumnType("users", "score", "bigint USING NULL")),
                new NamedCall("changeColumnType type with a comma", m -> m.changeColumnType("users", "score", "bigint, DROP COLUMN email")),
                new NamedCall("check with NO INHERIT", m -> m.addCheckConstraint("users", "users_score_check", "score > 0 NO INHERIT")),
                new NamedCall("check with a comma", m -> m.addCheckConstraint("users", "users_score_check", "score > 0, email IS NULL")),
                new NamedCall("index predicate with a comma", m -> m.createIndex(IndexDef.on("users").columns("email")
                        .where("deleted_at IS NULL, email"))),
                new NamedCall("index expression with a comma", m -> m.createIndex(IndexDef.on("users").named("users_x_idx")
                        .expressions("lower(email), nickname"))),
                new NamedCall("backfill value with a comma", m -> m.backfill(Backfill.of("users").set("score", "5, email = NULL"))),
                new NamedCall("backfill condition with a clause", m -> m.backfill(Backfill.of("users").set("score", "5")
                        .where("score > 0 ORDER BY 1"))),
                new NamedCall("backfill value with a subquery clause", m -> m.backfill(Backfill.of("users")
                        .set("score", "5 FROM users AS other"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smuggling")
    void aFragmentHoldingMoreThanOneExpressionIsRefusedBeforeAnySql(NamedCall call, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "fragments")) {
            scratch.execute(SETUP);
            SchemaSnapshot before = scratch.snapshot();
            List<String> logged = StatementLog.of(database).during(() -> {
                try (SchemaMigrator migrator = scratch.migrator()) {
                    assertThatThrownBy(() -> call.call().accept(migrator)).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("must be one");
                    assertThat(migrator.statementsSent()).isZero();
                }
            });
            assertThat(logged).isEmpty();
            Scratch.assertSameSchema(scratch.snapshot(), before);
            assertThat(scratch.column("SELECT email || ' ' || nickname FROM users")).containsExactly("a@example.org a");
        }
    }

    @Test
    void commasAndKeywordsInsideParenthesesBracketsAndCastsAreOneExpression(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "fragments")) {
            scratch.execute(SETUP);
            try (SchemaMigrator migrator = scratch.migrator()) {
                migrator.addColumn("users", ColumnDef.of("amount", "numeric(10,2)").defaultTo("coalesce(NULL, 0)::numeric(10,2)"));
                migrator.addColumn("users", ColumnDef.of("seen_at", "timestamp(3) with time zone")
                        .defaultTo("'2020-01-01 00:00:00+00'::timestamp with time zone"));
                migrator.addColumn("users", ColumnDef.of("tags", "varchar(20)[]").defaultTo("ARRAY['a', 'b']::varchar(20)[]"));
                migrator.addColumn("users", ColumnDef.of("level", "int").defaultTo("CASE WHEN true THEN 1 ELSE 2 END"));
                migrator.addColumn("users", ColumnDef.of("note", "text").defaultTo("E'back\\\\slash'"));
                migrator.setDefault("users", "score", "greatest(1, 2)");
                migrator.addCheckConstraint("users", "users_score_check", "score IS DISTINCT FROM -1 AND score IN (1, 2, 3)");
                migrator.changeColumnType("users", "score", "bigint", "score::bigint");
                migrator.createIndex(IndexDef.on("users").named("users_lower_email_idx").expressions("lower(email)")
                        .where("deleted_at IS NULL AND email NOT IN ('x', 'y')"));
                migrator.backfill(Backfill.of("users").set("nickname", "coalesce(nickname, 'n') || substring(email FROM 1 FOR 1)")
                        .where("nickname IS NOT NULL"));
            }
            assertThat(scratch.column("SELECT nickname || ' ' || tags::text || ' ' || level || ' ' || note FROM users"))
                    .containsExactly("aa {a,b} 1 back\\slash");
        }
    }
}
