package id.ac.ugm.aicare.schema.lint.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.Placeholders;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** {@code --verify} against a real PostgreSQL: each migration applied twice on a scratch database. */
@PostgresTest
class IdempotencyVerifierTest {

    private final TestDatabase database;

    IdempotencyVerifierTest(TestDatabase database) {
        this.database = database;
    }

    private IdempotencyVerifier verifier() {
        return IdempotencyVerifier.using(database.dataSource(), ScratchLogins.on(database));
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(IdempotencyVerifierTest.class.getResource("/lint/verify").toURI());
    }

    @Test
    void reportsEveryStatementThatFailsOnTheSecondRunWithItsFileAndLine() throws Exception {
        List<Finding> findings = verifier().verify(List.of(fixtures()));

        assertThat(findings).extracting(f -> f.file().getFileName().toString(), Finding::line, Finding::column, Finding::rule)
                .containsExactly(
                        tuple("V2__journal_mood.sql", 4, 1, "not-idempotent"),
                        tuple("V2__journal_mood.sql", 5, 1, "not-idempotent"));
        assertThat(findings.get(0).message())
                .isEqualTo("fails on the second run: ERROR: relation \"journal_entries_mood\" already exists (SQLSTATE 42P07)");
        assertThat(findings.get(1).message()).contains("journal_entries_body_check").contains("already exists");
    }

    @Test
    void migrationsThatConvergePassTwice(@TempDir Path dir) throws Exception {
        for (String name : List.of("V1__journal.sql", "V3__journal_created_index.sql", "R__recent_entries.sql")) {
            Files.copy(fixtures().resolve(name), dir.resolve(name));
        }
        assertThat(verifier().verify(List.of(dir))).isEmpty();
    }

    @Test
    void scratchDatabaseIsDroppedAfterwards() throws Exception {
        long before = scratchDatabases();
        verifier().verify(List.of(fixtures()));
        assertThat(scratchDatabases()).isEqualTo(before);
    }

    @Test
    void failureOnTheFirstRunStopsVerificationAsItStopsFlyway(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__broken.sql"), "CREATE TABLE IF NOT EXISTS a (id bigint);\nALTER TABLE missing ADD COLUMN x int;\n");
        Files.writeString(dir.resolve("V2__after.sql"), "CREATE TABLE b (id bigint);\n");

        List<Finding> findings = verifier().verify(List.of(dir));
        assertThat(findings).extracting(f -> f.file().getFileName().toString(), Finding::line, Finding::rule)
                .containsExactly(tuple("V1__broken.sql", 2, "migration-failed"));
        assertThat(findings.get(0).message()).endsWith("; Flyway stops here, so the migrations after it were not verified");
    }

    @Test
    void eachMigrationRunsInASessionOfItsOwn(@TempDir Path dir) throws Exception {
        // A search_path set by V1 would let V2's unqualified name resolve; Flyway gives no such promise.
        Files.writeString(dir.resolve("V1__schema.sql"),
                "CREATE SCHEMA IF NOT EXISTS app;\nSET search_path = app;\nCREATE TABLE IF NOT EXISTS app.t (id bigint);\n");
        Files.writeString(dir.resolve("V2__uses_it.sql"), "ALTER TABLE t ADD COLUMN IF NOT EXISTS x int;\n");
        assertThat(verifier().verify(List.of(dir))).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple("migration-failed", 1));
    }

    @Test
    void placeholdersAreReplacedBeforeTheMigrationsRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__schema.sql"), "CREATE SCHEMA IF NOT EXISTS ${schema};\n"
                + "CREATE TABLE ${schema}.t (id bigint);\n");
        assertThat(verifier().placeholders(Placeholders.flywayDefaults().with("schema", "a_longer_schema")).verify(List.of(dir)))
                .extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("not-idempotent", 2, 1));
    }

    @Test
    void aPlaceholderWithoutValueStopsVerificationAsFlywayRefusesTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__schema.sql"), "SELECT 1;\nCREATE SCHEMA IF NOT EXISTS ${schema};\n");
        Files.writeString(dir.resolve("V2__after.sql"), "CREATE TABLE b (id bigint);\n");
        List<Finding> findings = verifier().verify(List.of(dir));
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("migration-failed", 2, 29));
        assertThat(findings.get(0).message()).isEqualTo("not run: Flyway refuses the file, placeholder 'schema' has no value");
    }

    @Test
    void migrationsRunInFlywayOrderNotNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V10__second.sql"), "ALTER TABLE a ADD COLUMN IF NOT EXISTS b text;\n");
        Files.writeString(dir.resolve("V9__first.sql"), "CREATE TABLE IF NOT EXISTS a (id bigint);\n");
        assertThat(verifier().verify(List.of(dir))).isEmpty();
    }

    @Test
    void baselineIsAppliedOnceBeforeTheMigrations(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("schema.sql");
        Files.writeString(baseline, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V2__users_email.sql"), "ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;\n");
        assertThat(verifier().baseline(baseline).verify(List.of(migrations))).isEmpty();
    }

    @Test
    void unreachableServerIsAVerificationError() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2");
        assertThatThrownBy(() -> IdempotencyVerifier.using(nowhere, (name, user, password) -> nowhere).verify(List.of()))
                .isInstanceOf(VerificationException.class).hasMessageStartingWith("cannot create a scratch database: ");
    }

    private long scratchDatabases() throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_database WHERE datname LIKE 'aicare\\_lint\\_verify\\_%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
