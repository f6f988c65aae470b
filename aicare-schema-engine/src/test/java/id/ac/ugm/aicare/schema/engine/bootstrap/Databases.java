package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small reads the bootstrap tests share. */
final class Databases {

    private Databases() {
    }

    static SchemaSnapshot snapshot(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            return CatalogReader.read(connection);
        }
    }

    /** Rows of a query, each row's columns joined by a space. */
    static List<String> rows(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** version, type and success of each row of a Flyway history table, by rank. */
    static List<String> history(TestDatabase db, String table) throws SQLException {
        return rows(db, "SELECT version, type, success::text FROM " + table + " ORDER BY installed_rank");
    }
}
