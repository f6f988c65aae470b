package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A helper that fails on the data names the operation, the statement kind and the SQLSTATE, and
 * never a row value: not in its message, its stack trace or its causes, on a plain connection whose
 * driver would put PostgreSQL's details ({@code Failing row contains (...)}, {@code Key (email)=(...)})
 * into every SQLException message.
 */
@PostgresTest
class HelperErrorsCarryNoValuesTest {

    private static final String EMAIL = "jane.patient@example.org";
    private static final String PHONE = "0812-555-0199";
    private static final String JOURNAL = "Dear diary, today I felt hopeless";

    private static final String SETUP = """
            CREATE TABLE users (id serial PRIMARY KEY, email text, phone text, journal text, score int);
            INSERT INTO users (email, phone, journal, score) VALUES ('%1$s', '%2$s', '%3$s', 1), ('%1$s', '%2$s', '%3$s', 2);
            ALTER TABLE users ADD CONSTRAINT users_score_positive CHECK (score > 0);
            """.formatted(EMAIL, PHONE, JOURNAL);

    /** A call that fails on the rows, with what its message must name. */
    record Case(String name, Consumer<SchemaMigrator> call, String sqlState, String names) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> failingOnData() {
        return Stream.of(
                new Case("unique index over duplicates", m -> m.createIndex(IndexDef.on("users").columns("email").unique()
                        .named("users_email_idx")), "23505", "create index users_email_idx"),
                new Case("unique constraint over duplicates", m -> m.addUniqueConstraint("users", "users_email_key", "email"),
                        "23505", "add unique constraint users.users_email_key"),
                new Case("backfill breaking a check", m -> m.backfill(Backfill.of("users").set("score", "0")),
                        "23514", "backfill users"),
                new Case("backfill converting text", m -> m.backfill(Backfill.of("users").set("score", "journal::int")),
                        "22P02", "backfill users"),
                new Case("type change of text", m -> m.changeColumnType("users", "phone", "integer", "phone::integer",
                        Confirmation.dataLoss("users.phone")), "22P02", "change type of users.phone"),
                new Case("check over the rows", m -> m.addCheckConstraint("users", "users_email_check",
                        "email NOT LIKE '%example.org'"), "23514", "add check constraint users.users_email_check"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingOnData")
    void aHelperFailingOnTheDataNamesTheStepButNoValue(Case call, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "novalues")) {
            scratch.execute(SETUP);
            MigrationException failure;
            try (SchemaMigrator migrator = scratch.migrator()) {
                failure = catchThrowableOfType(MigrationException.class, () -> call.call().accept(migrator));
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains(call.names()).contains("SQLSTATE " + call.sqlState());
            assertThat(failure.sqlState()).isEqualTo(call.sqlState());
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            for (String value : List.of(EMAIL, PHONE, JOURNAL, "jane", "0812", "Dear diary", "Failing row", "Key (")) {
                assertThat(trace.toString()).doesNotContain(value);
            }
        }
    }
}
