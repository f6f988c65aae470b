package id.ac.ugm.aicare.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on the test server: its coordinates and a few conveniences.
 *
 * @param server   the server it lives on
 * @param name     the database name
 */
public record TestDatabase(PostgresServer server, String name) {

    /** JDBC URL of this database. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** A new, unpooled data source for this database. */
    public DataSource dataSource() {
        return pgDataSource();
    }

    /**
     * A new, unpooled data source whose errors leave out PostgreSQL's DETAIL line, which quotes row
     * values ("Key (email)=(...) already exists"): set up as a service should set up its own, for
     * tests whose failure messages must not carry test data.
     */
    public DataSource dataSourceWithoutErrorDetail() {
        PGSimpleDataSource dataSource = pgDataSource();
        dataSource.setLogServerErrorDetail(false);
        return dataSource;
    }

    private PGSimpleDataSource pgDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** A new connection (auto-commit on); the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /** Runs one or more SQL statements in auto-commit mode (a script is sent as one simple query). */
    public void execute(String sql) {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row the query returns, as text, in the query's order. */
    public List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on test database " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * Creates another empty database on the same server, for tests that compare two schemas or
     * need a scratch copy. It is dropped with this test class's database.
     */
    public TestDatabase createSibling(String purpose) {
        return server.createDatabase(name + "_" + purpose);
    }
}
