package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A type change that may lose values (a narrowing, a rounding, a USING that discards them) needs
 * {@code Confirmation.dataLoss("table.column")} like a drop: without it no change is sent and every
 * value stays. A change that keeps every value exactly needs none.
 */
@PostgresTest
class LossyTypeChangesNeedConfirmationTest {

    private static final String SETUP = """
            CREATE TABLE payments (id serial PRIMARY KEY, amount numeric(20,6), note varchar(40), count int, seen timestamptz);
            INSERT INTO payments (amount, note, count, seen) VALUES (12.345678, 'paid', 7, '2024-05-01 10:30:00+00');
            """;


    static Stream<NamedCall> lossy() {
        return Stream.of(
                new NamedCall("numeric(20,6) to integer", m -> m.changeColumnType("payments", "amount", "integer")),
                new NamedCall("numeric(20,6) to numeric(20,2)", m -> m.changeColumnType("payments", "amount", "numeric(20,2)")),
                new NamedCall("USING NULL on a widening", m -> m.changeColumnType("payments", "count", "bigint", "NULL")),
                new NamedCall("timestamptz to date", m -> m.changeColumnType("payments", "seen", "date")),
                new NamedCall("varchar(40) to varchar(10)", m -> m.changeColumnType("payments", "note", "varchar(10)",
                        "note::varchar(10)")),
                new NamedCall("confirmation naming another column", m -> m.changeColumnType("payments", "amount", "integer", null,
                        Confirmation.dataLoss("payments.count"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossy")
    void aChangeThatMayLoseValuesWithoutItsConfirmationChangesNothing(NamedCall call, TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "lossy")) {
            scratch.execute(SETUP);
            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                assertThatThrownBy(() -> call.call().accept(migrator)).isInstanceOf(DestructiveOperationException.class)
                        .hasMessageContaining("Confirmation.dataLoss(\"payments.");
            }
            assertThat(listener.ddl()).isEmpty();
            assertThat(scratch.column("SELECT amount || ' ' || note || ' ' || count || ' ' || seen::date FROM payments"))
                    .containsExactly("12.345678 paid 7 2024-05-01");
        }
    }

    @Test
    void aConfirmedLossyChangeRuns(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "lossy")) {
            scratch.execute(SETUP);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.changeColumnType("payments", "amount", "integer", null,
                        Confirmation.dataLoss("payments.amount"))).isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.column("SELECT amount FROM payments")).containsExactly("12");
        }
    }

    @Test
    void aChangeThatKeepsEveryValueNeedsNoConfirmation(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "lossy")) {
            scratch.execute(SETUP);
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(migrator.changeColumnType("payments", "count", "bigint", "count::bigint")).isEqualTo(Outcome.APPLIED);
                assertThat(migrator.changeColumnType("payments", "amount", "numeric(24,8)")).isEqualTo(Outcome.APPLIED);
                assertThat(migrator.changeColumnType("payments", "note", "text")).isEqualTo(Outcome.APPLIED);
            }
            assertThat(scratch.column("SELECT amount || ' ' || note || ' ' || count FROM payments"))
                    .containsExactly("12.34567800 paid 7");
        }
    }
}
