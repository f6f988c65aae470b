package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.ExpectedSchema;
import id.ac.ugm.aicare.schema.engine.bootstrap.FlywayErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleFlyway;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import id.ac.ugm.aicare.schema.engine.check.CheckReport.LineCheck;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.internal.jdbc.ScratchConnection;
import id.ac.ugm.aicare.schema.engine.internal.jdbc.TransactionDataSource;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * One service line checked as production meets it: on a scratch schema that holds the models (what
 * {@code init} creates, which the module check proves equal to every baseline plus its migrations)
 * with each module's migrations after its baseline run, the line's migrations are applied from its
 * start (history at 0), then applied again from the start; the objects the models define must be
 * exactly as the models define them afterwards, and the second run must change nothing. What the
 * line adds (its tables, columns on a module's table, indexes...) is its own and listed, not a
 * difference. Everything is rolled back with the scratch schema.
 */
final class ServiceLineCheck {

    private final Connection connection;
    private final ModelCatalog models;
    private final SchemaScript script;
    private final SchemaSnapshot expected;
    private final Set<String> modelTables = new HashSet<>();

    ServiceLineCheck(Connection connection, ModelCatalog models, SchemaScript script, SchemaSnapshot expected) {
        this.connection = connection;
        this.models = models;
        this.script = script;
        this.expected = expected;
        script.modules().forEach(module -> module.tables().forEach(table -> modelTables.add(table.name())));
    }

    /** Checks the line; a migration that does not run is part of the result, a database failure is thrown. */
    LineCheck check(ServiceLine line, String currentSchema) {
        Set<String> historyTables = new HashSet<>();
        models.modules().forEach(module -> historyTables.add(module.historyTable()));
        historyTables.add(line.historyTable());
        List<Runs> runs = new ArrayList<>(1);
        try {
            ExpectedSchema.snapshot(connection, script, currentSchema, (same, scratch) -> {
                migrateModules(scratch);
                int applied = migrateLine(line, scratch, "its migrations do not run");
                SchemaSnapshot once = read(scratch, historyTables);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM " + SqlIdentifiers.quote(scratch) + "."
                            + SqlIdentifiers.quote(line.historyTable()) + " WHERE type <> 'BASELINE'");
                }
                migrateLine(line, scratch, "its migrations do not run a second time");
                runs.add(new Runs(applied, once, read(scratch, historyTables)));
            });
        } catch (ReplayException e) {
            if (e.category() == Category.DATABASE_FAILURE) {
                throw e;
            }
            return new LineCheck(line.name(), line.buildsOn(), 0, e.getMessage(), List.of(), List.of(), List.of(),
                    MigrationCheck.lintErrors(line.migrationLocation(), line.classLoader()));
        }
        Runs result = runs.get(0);
        Set<String> enums = new HashSet<>(ExpectedSchema.enumTypesUsedBy(expected, modelTables));
        enums.addAll(ExpectedSchema.enumTypesUsedBy(result.once(), modelTables));
        List<Difference> altered = new ArrayList<>();
        List<Difference> owned = new ArrayList<>();
        for (Difference difference : SchemaDiff.compare(ExpectedSchema.restrict(expected, modelTables, enums),
                ExpectedSchema.restrict(result.once(), modelTables, enums), SchemaDiff.Options.strict())) {
            (difference.expected() == null && difference.kind() != Difference.Kind.TABLE ? owned : altered)
                    .add(difference);
        }
        result.once().tables().keySet().stream().filter(table -> !modelTables.contains(table)).sorted()
                .forEach(table -> owned.add(new Difference(Difference.Kind.TABLE, table, null, null, table)));
        return new LineCheck(line.name(), line.buildsOn(), result.applied(), null, altered,
                SchemaDiff.compare(result.once(), result.twice()), owned,
                MigrationCheck.lintErrors(line.migrationLocation(), line.classLoader()));
    }

    /** The line's schema after one run and after a second one from its start. */
    private record Runs(int applied, SchemaSnapshot once, SchemaSnapshot twice) {
    }

    /** Each module as {@code init} leaves it (stamped at its baseline) and {@code migrate} after it. */
    private void migrateModules(String scratch) {
        for (ModelModule module : models.modules()) {
            ClassLoader loader = BaselineReplay.loaderOf(module);
            if (!BaselineReplay.hasMigrationsAfter(module, BaselineVersion.parse(module.baselineVersion()), loader)) {
                continue;
            }
            try {
                var flyway = inScratch(ModuleFlyway.configure(module, scratchDataSource(), loader), scratch).load();
                flyway.baseline();
                flyway.migrate();
            } catch (FlywayException e) {
                throw new ReplayException(Category.CONFLICT, "module " + module.name() + "'s migrations do not run on "
                        + "the models: " + FlywayErrors.describe(e), e);
            }
        }
    }

    private int migrateLine(ServiceLine line, String scratch, String failure) {
        try {
            return inScratch(ModuleFlyway.configure(ServiceLines.asModule(line), scratchDataSource(), line.classLoader()),
                    scratch).baselineOnMigrate(true).load().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new ReplayException(Category.CONFLICT, failure + ": " + FlywayErrors.describe(e), e);
        }
    }

    private TransactionDataSource scratchDataSource() {
        return new TransactionDataSource(connection, ScratchConnection::wrap);
    }

    private static FluentConfiguration inScratch(FluentConfiguration configuration, String scratch) {
        return configuration.schemas(scratch).defaultSchema(scratch);
    }

    private SchemaSnapshot read(String scratch, Collection<String> historyTables) throws SQLException {
        return CatalogReader.read(connection, scratch).onlyTables(name -> !historyTables.contains(name));
    }
}
