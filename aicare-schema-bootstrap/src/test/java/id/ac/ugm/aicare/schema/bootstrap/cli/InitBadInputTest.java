package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What init, migrate and status say when the database cannot be had, or the options conflict. */
@PostgresTest
class InitBadInputTest {

    private static final List<String> COMMANDS = List.of("init", "migrate", "status");

    @Test
    void anUnreachableServerIsOneLineNamingHostPortAndDatabase() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String command : COMMANDS) {
            Run result = InitCli.runWith(Map.of(DatabaseOptions.PASSWORD_VARIABLE, "s3cret-Pw"), command,
                    "--url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/aicare", "--user", "someone");

            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.errLines()).as(command).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("aicare-schema " + command + ": cannot connect to 127.0.0.1:" + closedPort + "/aicare: ")
                    .contains("refused"));
            assertThat(result.out() + result.err()).doesNotContain("s3cret-Pw").doesNotContain("\tat ");
        }
    }

    @Test
    void aMissingDatabaseIsOneLineNamingIt(TestDatabase db) {
        String url = db.jdbcUrl().replace("/" + db.name(), "/no_such_database_here");
        for (String command : COMMANDS) {
            Run result = InitCli.runWith(Map.of(DatabaseOptions.PASSWORD_VARIABLE, db.password()), command,
                    "--url", url, "--user", db.user());

            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.errLines()).as(command).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("aicare-schema " + command + ": cannot connect to " + DatabaseOptions.describe(url) + ": ")
                    .contains("database \"no_such_database_here\" does not exist"));
        }
    }

    @Test
    void aWrongPasswordIsOneLineAndNeverShowsThePassword(TestDatabase db) throws Exception {
        String role = "aicare_pw_" + db.name().substring(db.name().length() - 6);
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'the-right-one'");
        PasswordChecked checked = PasswordChecked.forRole(db, role);
        try {
            for (String command : COMMANDS) {
                Run result = InitCli.runWith(Map.of(DatabaseOptions.PASSWORD_VARIABLE, "Wr0ng-Secret"), command,
                        "--url", db.jdbcUrl(), "--user", role);

                assertThat(result.exitCode()).as(command).isEqualTo(1);
                assertThat(result.errLines()).as(command).singleElement().satisfies(line -> assertThat(line)
                        .startsWith("aicare-schema " + command + ": cannot connect to " + DatabaseOptions.describe(db.jdbcUrl())
                                + ": ")
                        .contains("password authentication failed for user \"" + role + "\""));
                assertThat(result.out() + result.err()).doesNotContain("Wr0ng-Secret").doesNotContain("\tat ");
            }
        } finally {
            checked.close();
            db.execute("DROP ROLE " + role);
        }
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError(TestDatabase db) {
        for (String command : COMMANDS) {
            Run result = run(command, db, "--quiet", "--verbose");

            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.errLines()).as(command).hasSize(2);
            assertThat(result.errLines().get(0)).contains("mutually exclusive");
            assertThat(result.errLines().get(1)).startsWith("Usage: aicare-schema " + command);
        }
    }

    @Test
    void anUnknownModuleIsAUsageError(TestDatabase db) {
        Run result = run("init", db, "--module", "billing");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("aicare-schema init: Unknown module 'billing'"));
    }

    /**
     * Makes the test server check this role's password for the duration of a test, by putting a
     * scram-sha-256 rule for it first in pg_hba.conf (the throw-away test server trusts local
     * connections otherwise). {@link #close()} restores the file.
     */
    private static final class PasswordChecked {
        private final TestDatabase db;
        private final Path hba;
        private final String original;

        private PasswordChecked(TestDatabase db, Path hba, String original) {
            this.db = db;
            this.hba = hba;
            this.original = original;
        }

        static PasswordChecked forRole(TestDatabase db, String role) throws Exception {
            Path hba;
            try (Connection connection = db.connection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SHOW hba_file")) {
                rows.next();
                hba = Path.of(rows.getString(1));
            }
            if (!Files.isWritable(hba)) {
                // A server run elsewhere (a container, a shared server) is expected to check passwords itself.
                return new PasswordChecked(db, null, null);
            }
            String original = Files.readString(hba);
            Files.writeString(hba, "host all " + role + " 0.0.0.0/0 scram-sha-256\nhost all " + role
                    + " ::/0 scram-sha-256\n" + original);
            db.execute("SELECT pg_reload_conf()");
            Thread.sleep(200); // the postmaster reloads asynchronously
            return new PasswordChecked(db, hba, original);
        }

        void close() throws IOException {
            if (hba != null) {
                Files.writeString(hba, original);
                db.execute("SELECT pg_reload_conf()");
            }
        }
    }
}
