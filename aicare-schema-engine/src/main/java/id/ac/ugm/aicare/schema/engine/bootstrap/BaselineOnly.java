package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.baseline.ResourceFolder;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The common case that needs no Flyway at all: a module whose migration folder holds no file, and
 * whose history holds its baseline row alone. Flyway would scan the class path, validate nothing
 * and apply nothing; its start-up costs more than the rest of a no-op migrate or status together.
 * Anything else (a file in the folder, a migration in the history, a failed row, a folder outside
 * the class path) goes to Flyway as before, so what Flyway checks is still checked by Flyway.
 */
final class BaselineOnly {

    private BaselineOnly() {
    }

    /**
     * Whether the module is at its baseline with nothing Flyway could run or validate. A database
     * error answers no: Flyway then meets the same error and reports it as it always did.
     */
    static boolean holds(ModelModule module, DataSource dataSource, ClassLoader loader) {
        try {
            return !mayHoldMigrations(module, loader) && historyIsTheBaselineAlone(module, dataSource);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the module's migration location may hold a file Flyway would read (outside the class path: always). */
    static boolean mayHoldMigrations(ModelModule module, ClassLoader loader) {
        String location = module.migrationLocation();
        if (!location.startsWith("classpath:")) {
            return true;
        }
        String folder = location.substring("classpath:".length()).replaceAll("^/+", "").replaceAll("/+$", "");
        return !ResourceFolder.filesBelow(loader, folder + "/").isEmpty();
    }

    private static boolean historyIsTheBaselineAlone(ModelModule module, DataSource dataSource) throws SQLException {
        String table = SqlIdentifiers.quote(SqlIdentifiers.validate(module.historyTable()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, version, success FROM " + table + " LIMIT 2")) {
            if (!rows.next()) {
                return false;
            }
            boolean baseline = "BASELINE".equals(rows.getString(1)) && module.baselineVersion().equals(rows.getString(2))
                    && rows.getBoolean(3);
            return baseline && !rows.next();
        }
    }
}
