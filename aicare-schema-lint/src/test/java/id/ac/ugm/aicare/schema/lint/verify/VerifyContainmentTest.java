package id.ac.ugm.aicare.schema.lint.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify} runs the migrations under review as a throw-away role that owns only the scratch
 * database: what reaches beyond it is refused by the server and reported, never done.
 */
@PostgresTest
class VerifyContainmentTest {

    private final TestDatabase database;

    @TempDir
    Path dir;

    VerifyContainmentTest(TestDatabase database) {
        this.database = database;
    }

    private IdempotencyVerifier verifier() {
        return IdempotencyVerifier.using(database.dataSource(), ScratchLogins.on(database));
    }

    /** Verifies a one-table migration as a new user with only these role attributes. */
    private void verifyAsUserWith(String attributes, Consumer<ThrowingVerify> check) {
        String user = randomName("aicare_test_lint_user_");
        database.execute("CREATE ROLE " + user + " LOGIN " + attributes + " PASSWORD 'secret'");
        try {
            Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id bigint);\n");
            IdempotencyVerifier limited = IdempotencyVerifier.using(
                    ScratchLogins.as(database, database.name(), user, "secret"), ScratchLogins.on(database));
            check.accept(() -> limited.verify(List.of(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            database.execute("DROP ROLE IF EXISTS " + user);
        }
    }

    @FunctionalInterface
    private interface ThrowingVerify {
        List<Finding> run();
    }

    private List<Finding> verify(String sql) throws Exception {
        Files.writeString(dir.resolve("V1__under_review.sql"), sql);
        return verifier().verify(List.of(dir));
    }

    private static String randomName(String prefix) {
        return prefix + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
    }

    private boolean exists(String catalogQuery, String name) throws SQLException {
        try (Connection connection = database.connection(); PreparedStatement query = connection.prepareStatement(catalogQuery)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private long count(String catalogQuery) throws SQLException {
        try (Connection connection = database.connection(); PreparedStatement query = connection.prepareStatement(catalogQuery);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void migrationCannotDropAnotherDatabase() throws Exception {
        TestDatabase victim = database.createSibling("victim");
        List<Finding> findings = verify("DROP DATABASE " + victim.name() + ";\n");
        assertThat(exists("SELECT 1 FROM pg_database WHERE datname = ?", victim.name())).isTrue();
        assertThat(findings).extracting(Finding::line, Finding::rule, Finding::message).containsExactly(
                tuple(1, "privileged-statement", "refused: ERROR: must be owner of database " + victim.name()
                        + " (SQLSTATE 42501)"));
    }

    @Test
    void migrationCannotCreateASuperuser() throws Exception {
        String evil = randomName("aicare_test_evil_");
        try {
            List<Finding> findings = verify("CREATE ROLE " + evil + " SUPERUSER LOGIN PASSWORD 'x';\n");
            assertThat(exists("SELECT 1 FROM pg_roles WHERE rolname = ?", evil)).isFalse();
            assertThat(findings).extracting(Finding::line, Finding::rule).containsExactly(tuple(1, "privileged-statement"));
            // The wording differs by major ("must be superuser to create superusers" on 14 and 15,
            // "permission denied to create role" from 16); the SQL state does not.
            assertThat(findings.get(0).message()).startsWith("refused: ERROR: ").endsWith("(SQLSTATE 42501)");
        } finally {
            database.execute("DROP ROLE IF EXISTS " + evil);
        }
    }

    @Test
    void eachRefusedStatementIsReportedAndTheRestOfTheMigrationIsVerified() throws Exception {
        List<Finding> findings = verify("""
                CREATE TABLE IF NOT EXISTS a (id bigint);
                ALTER SYSTEM SET work_mem = '1GB';
                CREATE DATABASE aicare_test_another;
                CREATE INDEX a_id ON a (id);
                """);
        assertThat(findings).extracting(Finding::line, Finding::rule).containsExactly(
                tuple(2, "privileged-statement"), tuple(3, "privileged-statement"), tuple(4, "not-idempotent"));
    }

    @Test
    void migrationsRunAsARoleWithNoRightsBeyondItsDatabase() throws Exception {
        List<Finding> findings = verify("""
                DO $$
                BEGIN
                    IF session_user <> current_user
                            OR (SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls
                                FROM pg_roles WHERE rolname = current_user)
                            OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                                       WHERE r.rolname = current_user)
                            OR EXISTS (SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
                                       WHERE r.rolname = current_user AND d.datname <> current_database())
                            OR (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())
                                    <> current_user THEN
                        RAISE EXCEPTION 'not contained';
                    END IF;
                END $$;
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void throwAwayRoleAndDatabaseAreDroppedAfterwards() throws Exception {
        String scratch = "SELECT count(*) FROM %s WHERE %s LIKE 'aicare\\_lint\\_verify\\_%%'";
        long roles = count(scratch.formatted("pg_roles", "rolname"));
        long databases = count(scratch.formatted("pg_database", "datname"));
        verify("CREATE TABLE IF NOT EXISTS a (id bigint);\nCREATE ROLE x;\n");
        assertThat(count(scratch.formatted("pg_roles", "rolname"))).isEqualTo(roles);
        assertThat(count(scratch.formatted("pg_database", "datname"))).isEqualTo(databases);
    }

    @Test
    void refusesToStartWhenTheUserCannotCreateTheRole() throws Exception {
        long databases = count("SELECT count(*) FROM pg_database");
        verifyAsUserWith("CREATEDB", verify -> assertThatThrownBy(verify::run).isInstanceOf(VerificationException.class)
                .hasMessage("cannot create the role the migrations run as (the user needs CREATEROLE): "
                        + "ERROR: permission denied to create role (SQLSTATE 42501)"));
        assertThat(count("SELECT count(*) FROM pg_database")).isEqualTo(databases);
    }

    @Test
    void refusesToStartWhenTheUserCannotCreateTheDatabaseAndLeavesNoRoleBehind() throws Exception {
        String scratchRoles = "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'aicare\\_lint\\_verify\\_%'";
        long roles = count(scratchRoles);
        verifyAsUserWith("CREATEROLE", verify -> assertThatThrownBy(verify::run).isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("cannot create a scratch database (the user needs CREATEDB): ERROR: permission "
                        + "denied to create database"));
        assertThat(count(scratchRoles)).isEqualTo(roles);
    }

    @Test
    void userWithCreateDbAndCreateRoleButNoSuperuserCanVerify() {
        verifyAsUserWith("CREATEDB CREATEROLE", verify -> assertThat(verify.run())
                .extracting(Finding::line, Finding::rule).containsExactly(tuple(1, "not-idempotent")));
    }
}
