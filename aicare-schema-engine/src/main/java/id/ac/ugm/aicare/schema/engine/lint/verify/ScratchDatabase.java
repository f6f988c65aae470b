package id.ac.ugm.aicare.schema.engine.lint.verify;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * A database created for one verification and dropped afterwards, whatever happened in between,
 * so that {@code --verify} never touches an existing database's contents.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource server;
    private final String name;

    private ScratchDatabase(DataSource server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates a database with a fresh random name through {@code server}. */
    static ScratchDatabase create(DataSource server) throws SQLException {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        // Only lower-case letters, digits and underscores: safe to write unquoted.
        String name = "aicare_lint_verify_" + HexFormat.of().formatHex(suffix);
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name);
    }

    String name() {
        return name;
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
        }
    }
}
