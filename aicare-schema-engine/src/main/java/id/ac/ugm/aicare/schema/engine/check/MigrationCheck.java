package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.baseline.BaselineSnapshots;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.DatabaseErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.ExpectedSchema;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.BaselineCheck;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.LineCheck;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.ModuleCheck;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.schema.engine.internal.catalog.SnapshotScope;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The gate between a module's two roads to a schema: for every module, for every baseline snapshot
 * B it released, B plus its migrations after B (replayed with {@link BaselineReplay}) must give
 * exactly the schema of today's models, and its SQL migrations must lint with no error. Each service
 * line is applied on top of the modules and must leave the models' objects as they are, re-run to
 * the same schema, and lint with no error. Changes
 * nothing in the database: everything is built in scratch schemas inside one transaction that is
 * rolled back.
 *
 * <p>In a module's or a service's own test, against a throw-away database:
 *
 * <pre>{@code
 * @Test
 * void migrationsReachTheModels() {
 *     MigrationCheck.assertMigrationsReachModels(dataSource);
 * }
 * }</pre>
 */
public final class MigrationCheck {

    private final DataSource dataSource;
    private ModelCatalog catalog;
    private Collection<String> only = List.of();
    private Collection<ServiceLine> serviceLines;

    private MigrationCheck(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A check run on this database's server (the scratch schemas are made there), of every module on the classpath. */
    public static MigrationCheck forDataSource(DataSource dataSource) {
        return new MigrationCheck(dataSource);
    }

    /** Use exactly these modules (default: {@link ModelCatalog#discover()}). */
    public MigrationCheck catalog(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /** Check only these modules (their dependencies are rendered, not checked). */
    public MigrationCheck modules(Collection<String> names) {
        this.only = List.copyOf(names);
        return this;
    }

    /**
     * Check these service lines too, each on top of the modules (default: every line announced on the
     * class path, {@link ServiceLines#discover()}; an empty list checks none). A line that is malformed
     * for the catalog (its name, the modules it builds on, its location) is refused before any SQL.
     */
    public MigrationCheck serviceLines(Collection<? extends ServiceLine> lines) {
        this.serviceLines = List.copyOf(lines);
        return this;
    }

    /**
     * Fails with an {@link AssertionError} listing every difference, failure and lint error, and the
     * command that writes the missing migration, unless every module on the classpath passes.
     */
    public static void assertMigrationsReachModels(DataSource dataSource) {
        forDataSource(dataSource).assertPasses();
    }

    /** The same for the named modules only. */
    public static void assertMigrationsReachModels(DataSource dataSource, String... modules) {
        forDataSource(dataSource).modules(List.of(modules)).assertPasses();
    }

    /** Runs the check and throws an {@link AssertionError} with the report unless it passed. */
    public CheckReport assertPasses() {
        CheckReport report = run();
        if (!report.passed()) {
            String url = serverUrl();
            throw new AssertionError("The migrations do not reach the models:\n" + String.join("\n",
                    report.lines(module -> "java -jar aicare-schema.jar diff --module " + module + " --url " + url)));
        }
        return report;
    }

    /**
     * Runs the check.
     *
     * @throws ReplayException          with category DATABASE_FAILURE when the database fails (a migration
     *                                   that does not run is part of the report, not an exception)
     * @throws SchemaBootstrapException a service line malformed for the catalog, before any SQL
     */
    public CheckReport run() {
        ModelCatalog models = catalog();
        List<ServiceLine> lines = ServiceLines.checked(serviceLines != null ? serviceLines : ServiceLines.discover(),
                models);
        SchemaScript script = ModelSchema.of(models).schemaScript();
        List<ModuleCheck> results = new ArrayList<>();
        List<LineCheck> lineResults = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                String schema = currentSchema(connection);
                SchemaSnapshot expected = ExpectedSchema.snapshot(connection, script, schema);
                for (ModelModule module : models.modules()) {
                    if (only.isEmpty() || only.contains(module.name())) {
                        results.add(check(connection, module, script, expected));
                    }
                }
                ServiceLineCheck lineCheck = new ServiceLineCheck(connection, models, script, expected);
                for (ServiceLine line : lines) {
                    lineResults.add(lineCheck.check(line, schema));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ReplayException(Category.DATABASE_FAILURE,
                    "check failed: " + DatabaseErrors.describe(e), e);
        }
        return new CheckReport(results, lineResults);
    }

    private ModelCatalog catalog() {
        if (catalog == null) {
            catalog = ModelCatalog.discover();
        }
        for (String name : only) {
            catalog.module(name); // an unknown name fails here, naming the modules there are
        }
        return catalog;
    }

    private ModuleCheck check(Connection connection, ModelModule module, SchemaScript script, SchemaSnapshot expected) {
        List<String> own = tablesOf(script, module.name());
        Set<String> others = new HashSet<>();
        script.modules().stream().filter(schema -> !schema.module().equals(module.name()))
                .forEach(schema -> schema.tables().forEach(table -> others.add(table.name())));
        others.add(module.historyTable());
        List<BaselineCheck> baselines = new ArrayList<>();
        ClassLoader loader = BaselineReplay.loaderOf(module);
        for (BaselineVersion version : BaselineSnapshots.versions(loader, module.name())) {
            try {
                BaselineReplay.Replayed replayed = BaselineReplay.replay(connection, module, version);
                baselines.add(new BaselineCheck(version.toString(), replayed.migrations().size(), null,
                        differences(expected, replayed.schema(), own, others)));
            } catch (ReplayException e) {
                if (e.category() == Category.DATABASE_FAILURE) {
                    throw e;
                }
                baselines.add(new BaselineCheck(version.toString(), 0, e.getMessage(), List.of()));
            }
        }
        return new ModuleCheck(module.name(), baselines, lintErrors(module.migrationLocation(), loader));
    }

    /**
     * The module's tables, and whatever else its migrations made that belongs to no other module,
     * compared with nothing allowed: a table, column, index or enum type its migrations add that the
     * models do not have is as much a difference as one they miss.
     */
    private static List<Difference> differences(SchemaSnapshot expected, SchemaSnapshot replayed, List<String> own,
                                                Set<String> others) {
        Set<String> tables = new TreeSet<>(own);
        replayed.tables().keySet().stream().filter(name -> !others.contains(name)).forEach(tables::add);
        Set<String> enums = new TreeSet<>(SnapshotScope.enumTypesUsedBy(expected, tables));
        enums.addAll(SnapshotScope.enumTypesUsedBy(replayed, tables));
        return SchemaDiff.compare(SnapshotScope.restrict(expected, tables, enums),
                SnapshotScope.restrict(replayed, tables, enums), SchemaDiff.Options.strict());
    }

    /** The error-level findings of the SQL migrations at a Flyway location. */
    static List<Finding> lintErrors(String location, ClassLoader loader) {
        MigrationLinter linter = MigrationLinter.builder().parallelism(1).build();
        List<Finding> errors = new ArrayList<>();
        for (SqlMigrations.Script script : SqlMigrations.of(location, loader)) {
            LintReport report = linter.lintSql(script.path(), script.sql());
            errors.addAll(report.errors());
        }
        return errors;
    }

    private static List<String> tablesOf(SchemaScript script, String module) {
        return script.modules().stream().filter(schema -> schema.module().equals(module)).findFirst()
                .map(ModuleSchema::tables).orElse(List.of()).stream().map(TableSchema::name).toList();
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT current_schema()")) {
            rows.next();
            return rows.getString(1) != null ? rows.getString(1) : "public";
        }
    }

    /** The server and database of the data source, as a JDBC URL without parameters, for the suggested command. */
    private String serverUrl() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        } catch (SQLException e) {
            return "JDBC_URL";
        }
    }
}
