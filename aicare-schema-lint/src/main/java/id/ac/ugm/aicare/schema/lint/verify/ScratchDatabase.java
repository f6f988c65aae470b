package id.ac.ugm.aicare.schema.lint.verify;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A database created for one verification, owned by a role created with it, and both dropped
 * afterwards, whatever happened in between.
 *
 * <p>The migrations under review run logged in as that role, so that they are contained: it has no
 * SUPERUSER, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS, is a member of no role, has been granted
 * nothing, and owns only the scratch database. A statement that reaches beyond it (dropping another
 * database, creating a role, {@code ALTER SYSTEM}) is refused by the server. The database is copied
 * from {@code template0}, so that nothing installed in {@code template1} (dblink, say) comes with it.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource server;
    private final String name;
    private final String password;

    private ScratchDatabase(DataSource server, String name, String password) {
        this.server = server;
        this.name = name;
        this.password = password;
    }

    /**
     * Creates the role and its database through {@code server}, whose user needs CREATEROLE and
     * CREATEDB (or SUPERUSER).
     *
     * @throws VerificationException when either cannot be created; nothing is left behind
     */
    static ScratchDatabase create(DataSource server) {
        // Only lower-case letters, digits and underscores: safe to write unquoted.
        String name = "aicare_lint_verify_" + HexFormat.of().formatHex(randomBytes(6));
        String password = HexFormat.of().formatHex(randomBytes(24));
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            try {
                // INHERIT: the role is granted nothing, but on PostgreSQL 15 it reaches its own database's
                // public schema only through the implicit pg_database_owner membership, which NOINHERIT cuts.
                statement.execute("CREATE ROLE " + name + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT"
                        + " NOREPLICATION NOBYPASSRLS");
                // The driver sends a SCRAM verifier, so the password is not in the server's statement log.
                connection.unwrap(PGConnection.class).alterUserPassword(name, password.toCharArray(), "scram-sha-256");
            } catch (SQLException e) {
                dropRole(statement, name);
                throw new VerificationException("cannot create the role the migrations run as (the user needs CREATEROLE): "
                        + MigrationRun.reason(e), e);
            }
            try {
                if (!isSuperuser(statement)) {
                    // Lets a CREATEROLE user make the new role the owner of the database it creates.
                    statement.execute("GRANT " + name + " TO CURRENT_USER");
                }
                statement.execute("CREATE DATABASE " + name + " OWNER " + name + " TEMPLATE template0");
            } catch (SQLException e) {
                dropRole(statement, name);
                throw new VerificationException("cannot create a scratch database (the user needs CREATEDB): "
                        + MigrationRun.reason(e), e);
            }
        } catch (SQLException e) {
            throw new VerificationException("cannot create a scratch database: " + MigrationRun.reason(e), e);
        }
        return new ScratchDatabase(server, name, password);
    }

    /** The database's name, which is also its owner's. */
    String name() {
        return name;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            try {
                // FORCE (PostgreSQL 13+) ends sessions a failed migration may have left behind.
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
            statement.execute("DROP ROLE IF EXISTS " + name);
        }
    }

    private static boolean isSuperuser(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static void dropRole(Statement statement, String name) {
        try {
            statement.execute("DROP ROLE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // Best effort: the role has no rights and no password anyone knows.
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
