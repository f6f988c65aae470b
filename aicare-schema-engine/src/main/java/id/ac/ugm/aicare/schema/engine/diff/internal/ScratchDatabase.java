package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database made for one {@code diff --verify} on the server the user named, and dropped
 * afterwards whatever happened. The user needs CREATEDB; the database is copied from
 * {@code template0}, so that nothing installed in {@code template1} comes with it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PGSimpleDataSource server;
    private final String name;

    private ScratchDatabase(PGSimpleDataSource server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates it through {@code server}, a pgjdbc data source (the tool's and the tests' are). */
    public static ScratchDatabase create(DataSource server) throws SQLException {
        PGSimpleDataSource pg = server.unwrap(PGSimpleDataSource.class);
        // Only lower-case letters, digits and underscores: safe unquoted.
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String name = "aicare_diff_verify_" + HexFormat.of().formatHex(random);
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        }
        return new ScratchDatabase(pg, name);
    }

    public String name() {
        return name;
    }

    /** A data source for the scratch database: the server's, with its user, password and settings. */
    public DataSource dataSource() {
        PGSimpleDataSource copy = new PGSimpleDataSource();
        copy.setURL(server.getURL());
        copy.setUser(server.getUser());
        copy.setPassword(server.getPassword());
        copy.setDatabaseName(name);
        copy.setLogServerErrorDetail(false);
        return copy;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
