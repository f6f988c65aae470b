package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.baseline.ResourceFolder;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The common case that needs no Flyway at all: a module whose migration folder holds no file, and
 * whose history holds its baseline row alone. Flyway would scan the class path, validate nothing
 * and apply nothing; its start-up costs more than the rest of a no-op migrate or status together.
 * Anything else (a file in the folder, a migration in the history, a failed row, a folder outside
 * the class path) goes to Flyway as before, so what Flyway checks is still checked by Flyway.
 *
 * <p>The histories of all the modules are read in one statement: the no-op start-up a service pays
 * at every start then costs the same few round trips however many modules it has.
 */
final class BaselineOnly {

    private BaselineOnly() {
    }

    /**
     * Whether the module is at its baseline with nothing Flyway could run or validate. A database
     * error answers no: Flyway then meets the same error and reports it as it always did.
     */
    static boolean holds(ModelModule module, DataSource dataSource, ClassLoader loader) {
        try (Connection connection = dataSource.getConnection()) {
            return !among(connection, List.of(module), any -> loader).isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The names of the modules, among these (whose history tables exist), that are at their baseline
     * with nothing Flyway could run or validate, read in one statement over the connection. A database
     * error answers none: Flyway then meets the same error and reports it as it always did.
     */
    static Set<String> among(Connection connection, List<? extends ModelModule> modules,
                             Function<ModelModule, ClassLoader> loaders) {
        List<ModelModule> candidates = new ArrayList<>();
        for (ModelModule module : modules) {
            if (!mayHoldMigrations(module, loaders.apply(module))) {
                candidates.add(module);
            }
        }
        Set<String> atBaseline = new HashSet<>();
        if (candidates.isEmpty()) {
            return atBaseline;
        }
        int[] rows = new int[candidates.size()];
        boolean[] baseline = new boolean[candidates.size()];
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(historiesQuery(candidates))) {
            while (result.next()) {
                int index = result.getInt(1);
                rows[index]++;
                ModelModule module = candidates.get(index);
                baseline[index] = "BASELINE".equals(result.getString(2))
                        && module.baselineVersion().equals(result.getString(3)) && result.getBoolean(4);
            }
        } catch (SQLException e) {
            return atBaseline;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == 1 && baseline[i]) {
                atBaseline.add(candidates.get(i).name());
            }
        }
        return atBaseline;
    }

    /** At most two rows of each history, tagged with the module's index: one row alone, the baseline, is the case. */
    private static String historiesQuery(List<ModelModule> modules) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < modules.size(); i++) {
            String table = SqlIdentifiers.quote(SqlIdentifiers.validate(modules.get(i).historyTable()));
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT ").append(i)
                    .append(", type, version, success FROM ").append(table).append(" LIMIT 2)");
        }
        return sql.toString();
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
}
