package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.DatabaseErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.FlywayErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleFlyway;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import id.ac.ugm.aicare.schema.engine.check.DryRunReport.ModuleDryRun;
import id.ac.ugm.aicare.schema.engine.check.DryRunReport.PlannedMigration;
import id.ac.ugm.aicare.schema.migration.DryRun;
import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
import id.ac.ugm.aicare.schema.migration.MigrationException;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.StatementSplitter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * {@code migrate --dry-run}: per module, then per service line, the statements its pending
 * migrations would send to this database, so that a reviewer sees what production will run. For an SQL migration they are its
 * statements as written; for a migration on the helpers ({@code IdempotentJavaMigration}) they are
 * computed from this database's catalog by a {@link DryRun}, so a step whose object is already in
 * place shows nothing. Changes nothing: Flyway only reads the history, no lock is taken, no history
 * is written, and no statement that changes the database is sent.
 *
 * <p>The helper migrations of a module are planned one after the other on one dry run, each on top
 * of what the ones before it would have done. What an SQL migration before them would do is not
 * known to the dry run: a helper migration after it is planned on the catalog as it is now.
 */
public final class MigrationDryRun {

    private final DataSource dataSource;
    private ModelCatalog catalog;
    private Collection<ServiceLine> serviceLines;

    private MigrationDryRun(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public static MigrationDryRun forDataSource(DataSource dataSource) {
        return new MigrationDryRun(dataSource);
    }

    /** Use exactly these modules (default: {@link ModelCatalog#discover()}). */
    public MigrationDryRun catalog(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /**
     * Plan these service lines' pending migrations too, after the modules, by name (default: every line
     * announced on the class path, {@link ServiceLines#discover()}). A line whose history does not exist
     * yet has all its migrations pending: the first {@code migrate} starts it at 0.
     */
    public MigrationDryRun serviceLines(Collection<? extends ServiceLine> lines) {
        this.serviceLines = List.copyOf(lines);
        return this;
    }

    /**
     * Plans every module's and service line's pending migrations.
     *
     * @throws ReplayException CONFLICT when a helper migration conflicts with the catalog (as it would in
     *                         a real run) or cannot be loaded, DATABASE_FAILURE when the database fails
     */
    public DryRunReport run() {
        ModelCatalog models = catalog != null ? catalog : ModelCatalog.discover();
        List<ServiceLine> lines = ServiceLines.checked(serviceLines != null ? serviceLines : ServiceLines.discover(),
                models);
        List<ModuleDryRun> modules = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (ModelModule module : models.modules()) {
                if (!historyExists(connection, module.historyTable())) {
                    modules.add(new ModuleDryRun(module.name(), false, List.of()));
                    continue;
                }
                modules.add(new ModuleDryRun(module.name(), true, plan(connection, module, BaselineReplay.loaderOf(module))));
            }
            for (ServiceLine line : lines) {
                modules.add(new ModuleDryRun(line.name(), true,
                        plan(connection, ServiceLines.asModule(line), line.classLoader())));
            }
        } catch (SQLException e) {
            throw new ReplayException(Category.DATABASE_FAILURE, "dry run failed: " + DatabaseErrors.describe(e), e);
        }
        return new DryRunReport(modules);
    }

    private List<PlannedMigration> plan(Connection connection, ModelModule module, ClassLoader loader) {
        MigrationInfo[] pending;
        try {
            pending = ModuleFlyway.configure(module, dataSource, loader).load().info().pending();
        } catch (FlywayException e) {
            throw new ReplayException(Category.CONFLICT, "dry run of " + what(module) + ": "
                    + FlywayErrors.describe(e), e);
        }
        Map<String, SqlMigrations.Script> scripts = SqlMigrations.of(module.migrationLocation(), loader).stream()
                .collect(Collectors.toMap(SqlMigrations.Script::name, Function.identity(), (a, b) -> a));
        List<PlannedMigration> planned = new ArrayList<>();
        try (DryRun dryRun = DryRun.on(connection)) {
            for (MigrationInfo info : pending) {
                String version = info.getVersion() == null ? "R" : info.getVersion().getVersion();
                String script = info.getScript();
                String file = script.substring(script.lastIndexOf('/') + 1);
                SqlMigrations.Script sql = scripts.get(file);
                if (sql != null) {
                    planned.add(new PlannedMigration(version, info.getDescription(), "SQL", statements(sql.sql()), null));
                } else {
                    planned.add(java(module, loader, dryRun, version, info));
                }
            }
        }
        return planned;
    }

    private static PlannedMigration java(ModelModule module, ClassLoader loader, DryRun dryRun, String version,
                                         MigrationInfo info) {
        Object migration;
        try {
            migration = Class.forName(info.getScript(), true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ReplayException(Category.CONFLICT, "dry run of " + what(module) + ": cannot load migration "
                    + info.getScript() + ": " + e, e);
        }
        if (!(migration instanceof IdempotentJavaMigration helpers)) {
            return new PlannedMigration(version, info.getDescription(), "Java (not on the helpers)", List.of(),
                    "a Java migration that does not use the helpers: what it sends is only known by running it");
        }
        String kind = helpers.canExecuteInTransaction() ? "Java, in a transaction" : "Java, outside a transaction";
        try {
            return new PlannedMigration(version, info.getDescription(), kind, dryRun.plan(helpers), null);
        } catch (MigrationException e) {
            throw new ReplayException(Category.CONFLICT, "dry run of " + what(module) + ", migration V" + version
                    + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ReplayException(Category.CONFLICT, "dry run of " + what(module) + ", migration V" + version
                    + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String what(ModelModule module) {
        return (module instanceof ServiceLines.LineModule ? "service line " : "module ") + module.name();
    }

    private static List<String> statements(String sql) {
        return StatementSplitter.split(SqlLexer.lex(sql)).stream().map(SqlStatement::text).toList();
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?)) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
