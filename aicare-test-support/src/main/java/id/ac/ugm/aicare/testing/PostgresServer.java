package id.ac.ugm.aicare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server that hands out throw-away databases. Which server that is gets
 * decided once per JVM by {@link PostgresServers#shared()}.
 */
public abstract class PostgresServer {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Where the server came from, for messages: "external", "testcontainers", "embedded". */
    public abstract String kind();

    /** JDBC URL of a database on this server. */
    public abstract String jdbcUrl(String database);

    public abstract String user();

    public abstract String password();

    /** The server's PostgreSQL major, for example 16. */
    public int majorVersion() {
        return PostgresMajor.of(jdbcUrl(maintenanceDatabase()), user(), password());
    }

    /** The database to connect to for administrative statements. */
    protected String maintenanceDatabase() {
        return "postgres";
    }

    /** Creates an empty database; the name is lower-cased and must be a plain identifier. */
    public TestDatabase createDatabase(String requestedName) {
        String name = requestedName.toLowerCase(Locale.ROOT);
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + requestedName);
        }
        adminExecute("CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    /** Drops the database and every sibling created from it ({@code name_*}), ending their sessions. */
    public void dropDatabaseAndSiblings(String name) {
        List<String> victims = new ArrayList<>();
        try (Connection connection = adminConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT datname FROM pg_database WHERE datname = ? OR datname LIKE ? ORDER BY datname")) {
            query.setString(1, name);
            query.setString(2, name.replace("_", "\\_") + "\\_%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    victims.add(rows.getString(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String victim : victims) {
                    statement.execute("DROP DATABASE IF EXISTS " + victim + " WITH (FORCE)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    private void adminExecute(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the " + kind() + " test server: " + e.getMessage(), e);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(maintenanceDatabase()), user(), password());
    }
}
