package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What init, migrate and status do with URLs, passwords and servers that are not what they seem. */
@PostgresTest
class ConnectionSafetyTest {

    private static final List<String> COMMANDS = List.of("init", "migrate", "status");

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:99999/aicare?password=Sup3r-Secret",
            "jdbc:postgresql://127.0.0.1:5432/ai%zzcare?password=Sup3r-Secret"})
    void aMalformedUrlIsOneLineNamingTheOptionAndNeverShowsThePassword(String url) {
        for (String command : COMMANDS) {
            Run result = InitCli.run(command, "--url", url);

            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.errLines()).as(command).singleElement().asString()
                    .startsWith("aicare-schema " + command + ": --url is not a usable jdbc:postgresql://HOST[:PORT]/"
                            + "DATABASE URL: it ");
            assertThat(result.out() + result.err()).doesNotContain("Sup3r-Secret").doesNotContain("\tat ");
        }
    }

    @Test
    void aMalformedUrlFromTheEnvironmentNamesTheVariable() {
        Run result = InitCli.runWith(Map.of(DatabaseOptions.URL_VARIABLE, "jdbc:postgresql://db:70000/aicare"), "init");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("aicare-schema init: $AICARE_DB_URL is not a usable "
                + "jdbc:postgresql://HOST[:PORT]/DATABASE URL: it has the port 70000; a port is a number from 1 to 65535");
    }

    @Test
    void aServerThatAcceptsTheConnectionAndNeverAnswersIsOneLineNamingHostAndWhatItWaitedFor() throws Exception {
        try (SilentServer server = new SilentServer()) {
            for (String command : COMMANDS) {
                Run result = CompletableFuture.supplyAsync(() -> InitCli.run(command, "--url",
                                "jdbc:postgresql://127.0.0.1:" + server.port() + "/aicare", "--connect-timeout", "1"))
                        .get(60, TimeUnit.SECONDS);

                assertThat(result.exitCode()).as(command).isEqualTo(1);
                assertThat(result.errLines()).as(command).containsExactly("aicare-schema " + command
                        + ": cannot connect to 127.0.0.1:" + server.port() + "/aicare: the server accepted the "
                        + "connection but did not finish the login within 1 s");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?PGDBNAME=%s", "?pgdbname=%s", "?PGHOST=localhost&x=%s", "?service=%s"})
    void aUrlWhoseParametersWouldConnectElsewhereIsRefusedAndSendsNoSql(String parameters, TestDatabase db)
            throws Exception {
        TestDatabase other = db.createSibling("elsewhere" + Integer.toHexString(parameters.hashCode()));
        String url = db.jdbcUrl() + parameters.formatted(other.name());
        List<Run> results = new ArrayList<>();

        List<String> statements = StatementLog.of(other).during(() -> results.add(InitCli.run("init", "--url", url,
                "--user", db.user())));

        Run result = results.get(0);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("aicare-schema init: --url is not a usable jdbc:postgresql://HOST[:PORT]/DATABASE URL: "
                        + "it has the parameter ")
                .contains("which would connect elsewhere than " + DatabaseOptions.describe(db.jdbcUrl()));
        assertThat(statements).isEmpty();
        assertThat(InitCli.snapshot(other).tables()).isEmpty();
    }

    @Test
    void aUrlWithSeveralHostsIsRefused() {
        Run result = InitCli.run("status", "--url", "jdbc:postgresql://db1:5432,db2:5432/aicare");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("aicare-schema status: --url is not a usable "
                + "jdbc:postgresql://HOST[:PORT]/DATABASE URL: it names several hosts (db1:5432,db2:5432); "
                + "give exactly one");
    }

    @Test
    void aPasswordOnTheCommandLineDrawsAWarning(TestDatabase db) {
        Run result = InitCli.run("status", "--url", db.jdbcUrl(), "--user", db.user(), "--password=" + db.password(),
                "--quiet");

        // status exits 5 on a database not yet initialised: the connection itself succeeded.
        assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
        assertThat(result.errLines()).containsExactly("aicare-schema status: warning: a password on the command line "
                + "is visible to other users of this machine (ps, shell history); set AICARE_DB_PASSWORD or give "
                + "--password without a value to be asked");
    }

    @Test
    void aPasswordFromTheEnvironmentDrawsNoWarning(TestDatabase db) {
        Run result = InitCli.run("status", db, "--quiet");

        // status exits 5 on a database not yet initialised: the connection itself succeeded.
        assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
        assertThat(result.err()).isEmpty();
    }

    /** Accepts every connection and never sends a byte, as a hung server or a black-holing proxy does. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final List<Socket> accepted = new ArrayList<>();

        SilentServer() throws IOException {
            Thread thread = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        Socket connection = socket.accept();
                        synchronized (accepted) {
                            accepted.add(connection);
                        }
                    }
                } catch (IOException closed) {
                    // close() ends the loop
                }
            }, "silent-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }
}
