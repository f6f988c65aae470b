package id.ac.ugm.aicare.schema.image;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image run as an operator runs it, by a real container runtime (podman, daemonless): {@code ddl}
 * with no network, then {@code init} twice and {@code status} against the test database, with the
 * password passed in the environment only, on a read-only root file system, as the fixed non-root
 * user. Runs where podman is installed ({@code .ci/run} installs it); elsewhere the image is still
 * checked by {@link ImageConfigIT}.
 */
@PostgresTest
class ImageRunIT {

    @TempDir
    static Path work;

    static String image;

    @BeforeAll
    static void loadImage() throws Exception {
        Assumptions.assumeTrue(podmanAnswers(), "podman is not installed here: the image's own run is not tested");
        ImageTar tar = ImageTar.built(work);
        image = tar.repoTags().get(0);
        ImageTar.run(List.of("podman", "load", "--quiet", "--input", tar.file().toString()));
    }

    @AfterAll
    static void removeImage() throws Exception {
        if (image != null) {
            ImageTar.run(List.of("podman", "rmi", "--force", image));
        }
    }

    @Test
    void ddlNeedsNoDatabaseAndNoNetwork() throws Exception {
        Run ddl = podman(List.of("--network=none"), List.of("ddl"), List.of());
        assertThat(ddl.exitCode()).as(ddl.output()).isZero();
        assertThat(ddl.output().lines().filter(line -> line.startsWith("CREATE TABLE"))).hasSize(69);
    }

    @Test
    void initCreatesTheSchemaOnceAndStatusGatesOnIt(TestDatabase db) throws Exception {
        List<String> connection = List.of("--network=host", "--read-only",
                "-e", "AICARE_DB_URL=" + db.jdbcUrl(), "-e", "AICARE_DB_USER=" + db.user(),
                // Without a value: podman copies the variable from this process, so the password
                // is on no command line, neither podman's nor the JVM's.
                "-e", "AICARE_DB_PASSWORD");
        List<String> environment = db.password() == null ? List.of() : List.of("AICARE_DB_PASSWORD=" + db.password());

        Run first = podman(connection, List.of("init"), environment);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT LIKE 'aicare\\_schema\\_history\\_%'")).isEqualTo(69);
        // Stamped at each module's baseline: one history per module.
        assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename LIKE 'aicare\\_schema\\_history\\_%'")).isEqualTo(7);

        // The tool's output is its own: no logging framework's warnings or INFO lines in it.
        assertThat(first.output()).doesNotContain("SLF4J").doesNotContain("INFO");

        Run second = podman(connection, List.of("init"), environment);
        assertThat(second.exitCode()).as(second.output()).isZero();

        Run status = podman(connection, List.of("status"), environment);
        assertThat(status.exitCode()).as(status.output()).isZero();
        if (db.password() != null && !db.password().isEmpty()) {
            assertThat(first.output() + second.output() + status.output()).doesNotContain(db.password());
        }
    }

    @Test
    void aBadOptionIsAUsageErrorFromTheImageToo() throws Exception {
        Run bad = podman(List.of("--network=none"), List.of("ddl", "--module", "no-such-module"), List.of());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output().strip().lines()).hasSize(1);
        assertThat(bad.output()).contains("no-such-module").doesNotContain("Exception");
    }

    record Run(int exitCode, String output) {
    }

    private static Run podman(List<String> runOptions, List<String> cliArgs, List<String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman", "run", "--rm"));
        command.addAll(runOptions);
        command.add(image);
        command.addAll(cliArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (String variable : environment) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("podman run did not end in 3 minutes: " + command);
        }
        return new Run(process.exitValue(), output);
    }

    private static boolean podmanAnswers() {
        try {
            Process process = new ProcessBuilder("podman", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
