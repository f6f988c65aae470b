package id.ac.ugm.aicare.testing.jdbc;

import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link TestDatabase} with the SQL probes tests use to look past the ORM: read one value, count
 * rows, insert a fixture row, run a statement, or see which SQLSTATE a statement fails with.
 *
 * <p>Every value goes in as a bound parameter ({@code ?}), never into the SQL text, so a probe
 * cannot be broken by a quote in a value, and a failure message (which quotes the SQL) never
 * carries the values; the connections leave out PostgreSQL's DETAIL line, which would quote them.
 * Each call runs on a connection of its own in auto-commit mode.
 */
public class JdbcTestDatabase {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final TestDatabase database;
    private final DataSource dataSource;

    public JdbcTestDatabase(TestDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.dataSource = database.dataSourceWithoutErrorDetail();
    }

    /** The database the probes run on. */
    public TestDatabase database() {
        return database;
    }

    /**
     * The first column of the single row the query returns ({@code null} for an SQL NULL). A query
     * that returns no row fails the test: a probe that finds nothing is not a probe that found NULL.
     */
    public Object queryValue(String sql, Object... parameters) {
        return query(sql, parameters, rows -> rows.getObject(1));
    }

    /** {@link #queryValue} as text ({@code null} for an SQL NULL). */
    public String queryText(String sql, Object... parameters) {
        return query(sql, parameters, rows -> rows.getString(1));
    }

    /** {@link #queryValue} as a number, which must not be NULL: a {@code count(*)}, an id, a sum. */
    public long queryLong(String sql, Object... parameters) {
        return query(sql, parameters, rows -> {
            long value = rows.getLong(1);
            if (rows.wasNull()) {
                throw new AssertionError("NULL where a number was expected from: " + sql);
            }
            return value;
        });
    }

    /** The number of rows of a table (a plain lower-case table name). */
    public long count(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        return queryLong("SELECT count(*) FROM " + table);
    }

    /** Runs an {@code INSERT ... RETURNING id} for a fixture row and returns the integer key. */
    public int insertReturningId(String sql, Object... parameters) {
        return Math.toIntExact(queryLong(sql, parameters));
    }

    /**
     * Runs one statement with bound parameters and returns its update count. A failure is an
     * {@link IllegalStateException} whose message holds the SQL and the database's own message
     * (which names the constraint that refused a row).
     */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
            return Math.max(statement.getUpdateCount(), 0);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs a statement that must fail and returns its SQLSTATE; a statement that succeeds fails the test. */
    public String sqlStateOf(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            return e.getSQLState();
        }
        throw new AssertionError("Expected the statement to fail: " + sql);
    }

    private <T> T query(String sql, Object[] parameters, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("No row from: " + sql);
            }
            return column.read(rows);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("SQL failed on test database " + database.name() + ": " + sql
                + ": " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
