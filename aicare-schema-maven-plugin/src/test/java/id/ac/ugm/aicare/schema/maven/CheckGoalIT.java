package id.ac.ugm.aicare.schema.maven;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal in a consumer's build, run by a real Maven on a sample consumer project
 * (src/test/check-consumer: a model module of its own with a released baseline and a migration
 * after it) against the test database: the build passes when the migration is there, fails naming
 * the missing column when it is not, fails with one line naming the option when no database is
 * given; and the check leaves nothing in the database. A database cannot be handed to the
 * invoker's sample projects, so this test runs Maven itself, on the repository the invoker filled
 * (target/it-repo).
 */
@PostgresTest
class CheckGoalIT {

    @TempDir
    Path work;

    @Test
    void aConsumerWhoseMigrationsReachItsModelsPasses(TestDatabase db) throws Exception {
        Path project = consumer("passes");
        Build build = maven(project, db, List.of("-Daicare.schema.url=" + db.jdbcUrl(), "-Daicare.schema.user=" + db.user()));
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("fx_notes").contains("reaches the models");
        assertThat(Files.readString(project.resolve("target/aicare-check.txt"))).contains("Every module's baselines");
        assertThat(tablesIn(db)).isZero();
    }

    @Test
    void aMissingMigrationFailsTheBuildNamingTheColumn(TestDatabase db) throws Exception {
        Path project = consumer("fails");
        Files.delete(project.resolve("src/main/resources/db/aicare/fx_notes/V2__add_mood.sql"));
        Build build = maven(project, db, List.of("-Daicare.schema.url=" + db.jdbcUrl(), "-Daicare.schema.user=" + db.user()));
        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("fx_notes_entries").contains("mood")
                .contains("diff --module fx_notes").contains("BUILD FAILURE");
        assertThat(Files.readString(project.resolve("target/aicare-check.txt"))).contains("mood");
        assertThat(tablesIn(db)).isZero();
    }

    @Test
    void noDatabaseIsOneLineNamingTheOption(TestDatabase db) throws Exception {
        Path project = consumer("no-url");
        Build build = maven(project, db, List.of());
        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("aicare-schema check: no database: set <url> (or -Daicare.schema.url)");
    }

    record Build(int exitCode, String output) {
    }

    /** A fresh copy of the sample consumer, with this build's versions filled in. */
    private Path consumer(String name) throws IOException {
        Path source = Path.of("src/test/check-consumer");
        Path target = work.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    String text = Files.readString(file)
                            .replace("@project.version@", property("aicare.it.project.version"))
                            .replace("@resources.plugin.version@", property("aicare.it.resources.plugin.version"))
                            .replace("@compiler.plugin.version@", property("aicare.it.compiler.plugin.version"));
                    Files.writeString(copy, text);
                }
            }
        }
        return target;
    }

    private Build maven(Path project, TestDatabase db, List<String> options) throws IOException, InterruptedException {
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository>
                          <id>user.local</id>
                          <url>%1$s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>user.local</id>
                          <url>%1$s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(Path.of(property("aicare.it.user.repository")).toUri()));
        List<String> command = new ArrayList<>(List.of(Path.of(property("maven.home"), "bin", "mvn").toString(),
                "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + property("aicare.it.repository"),
                "-f", project.resolve("pom.xml").toString(), "process-classes"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(CheckMojo.PASSWORD_VARIABLE);
        if (db.password() != null) {
            builder.environment().put(CheckMojo.PASSWORD_VARIABLE, db.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the consumer's build did not end in 5 minutes");
        }
        return new Build(process.exitValue(), output);
    }

    private static long tablesIn(TestDatabase db) throws Exception {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                             + " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test with mvn verify (failsafe)");
        }
        return value;
    }
}
