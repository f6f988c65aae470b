package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema of its own inside a test database, with a connection whose search path is that schema:
 * tests of one class stay apart without a database each.
 */
final class Scratch implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String schema;
    final Connection connection;

    private Scratch(String schema, Connection connection) {
        this.schema = schema;
        this.connection = connection;
    }

    static Scratch in(TestDatabase database, String purpose) throws SQLException {
        String schema = (purpose + "_" + COUNTER.incrementAndGet()).toLowerCase();
        Connection connection = database.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(schema));
            statement.execute("SET search_path TO " + SqlIdentifiers.quote(schema));
        }
        return new Scratch(schema, connection);
    }

    /** Another connection to the same schema (for a second session). */
    Connection another(TestDatabase database) throws SQLException {
        Connection other = database.connection();
        try (Statement statement = other.createStatement()) {
            statement.execute("SET search_path TO " + SqlIdentifiers.quote(schema));
        }
        return other;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    SchemaMigrator migrator() {
        return SchemaMigrator.on(connection);
    }

    SchemaMigrator migrator(MigrationOptions options) {
        return SchemaMigrator.on(connection, options);
    }

    SchemaSnapshot snapshot() throws SQLException {
        return CatalogReader.read(connection, schema);
    }

    /** Same tables, columns, keys, constraints, indexes (with validity), enum types and sequences. */
    static void assertSameSchema(SchemaSnapshot actual, SchemaSnapshot expected) {
        assertThat(SchemaDiff.compare(expected, actual)).isEmpty();
        assertThat(actual.sequences()).isEqualTo(expected.sequences());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
