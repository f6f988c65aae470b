package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaLock;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@PostgresTest
class LockTimeoutOptionTest {

    @Test
    void aLockTimeoutPostgresCannotHoldIsAUsageErrorNamingTheOptionAndSendsNoSql(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("locktimeout");
        for (String command : List.of("init", "migrate")) {
            try (Connection holder = db.connection(); Statement statement = holder.createStatement()) {
                // Another instance holds the schema lock, so the command would have to wait with this timeout.
                statement.execute("SELECT pg_advisory_lock(" + SchemaLock.KEY + ")");
                AtomicReference<Run> result = new AtomicReference<>();

                List<String> sent = StatementLog.of(db).during(() ->
                        result.set(run(command, db, "--lock-timeout", Long.toString(Long.MAX_VALUE - 1))));

                Run run = result.get();
                assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
                assertThat(run.errLines()).containsExactly("aicare-schema " + command + ": --lock-timeout must be "
                        + "between 0 and 2147483 seconds (0 waits for ever), got 9223372036854775806");
                assertThat(sent).as(command).isEmpty();
            }
        }
    }
}
