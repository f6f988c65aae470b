package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.internal.jdbc.TransactionDataSource;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitRefusedException.Refusal;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.Action;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.Counts;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.ModuleResult;
import id.ac.ugm.aicare.schema.engine.bootstrap.MigrationReport.AppliedMigration;
import id.ac.ugm.aicare.schema.engine.bootstrap.MigrationReport.ModuleMigrations;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.ModuleStatus;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.BaselineResult;
import org.flywaydb.core.api.output.MigrateOutput;

/**
 * Brings a database to the models: {@link #init()} creates (or adopts) every module's tables and
 * stamps each module's Flyway history at its baseline, {@link #migrate()} applies later migrations,
 * {@link #status()} reports. A service calls {@link #initAndMigrate()} at start-up:
 *
 * <pre>{@code
 * SchemaBootstrap bootstrap = SchemaBootstrap.configure(dataSource)
 *         .listener(new ProgressPrinter(log::info))
 *         .load();
 * bootstrap.initAndMigrate();
 * }</pre>
 *
 * <p>Safe to run at every start by many instances at once: {@code init} and {@code migrate} hold
 * {@link SchemaLock}; one instance does the work, the others find it done. {@code init} runs in one
 * transaction (PostgreSQL's DDL is transactional), Flyway's baseline included, so a process killed at
 * any moment leaves the database as it was or fully initialised. It never drops or alters an
 * existing object, and tables that belong to none of the modules are never compared or touched.
 *
 * <p>Configured once ({@link SchemaBootstrapConfiguration}, checked before any SQL is sent), then
 * immutable: an instance may be shared by threads and its operations called from several at once
 * (each takes its own connections; the schema lock orders the writers). Only its listener sees the
 * calls of every thread.
 */
public final class SchemaBootstrap {

    /** The rendered schema of each catalog: a catalog's modules never change, and rendering is not free. */
    private static final Map<ModelCatalog, SchemaScript> SCRIPTS = Collections.synchronizedMap(new WeakHashMap<>());

    private final DataSource dataSource;
    private final ModelCatalog catalog;
    private final List<ServiceLine> serviceLines;
    private final BootstrapListener listener;
    private final Duration lockTimeout;

    SchemaBootstrap(DataSource dataSource, ModelCatalog catalog, List<ServiceLine> serviceLines,
                    BootstrapListener listener, Duration lockTimeout) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.serviceLines = List.copyOf(serviceLines);
        this.listener = listener;
        this.lockTimeout = lockTimeout;
    }

    /** The configuration of a bootstrap for the database of this data source; finish it with {@code load()}. */
    public static SchemaBootstrapConfiguration configure(DataSource dataSource) {
        return new SchemaBootstrapConfiguration(dataSource);
    }

    /** The same bootstrap reporting to another listener (the catalog and lines are not looked up again). */
    public SchemaBootstrap withListener(BootstrapListener listener) {
        return new SchemaBootstrap(dataSource, catalog, serviceLines, Objects.requireNonNull(listener, "listener"),
                lockTimeout);
    }

    /** The service lines this instance works on, by name, checked against the catalog. */
    public List<ServiceLine> serviceLines() {
        return serviceLines;
    }

    /** The modules this instance works on. */
    public ModelCatalog catalog() {
        return catalog;
    }

    /** How long it waits for another instance's lock (zero: for ever). */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** Both results of {@link #initAndMigrate()}. */
    public record StartupResult(InitResult init, MigrationReport migrate) {
    }

    /** {@link #init()} then {@link #migrate()}: what a service runs at start-up. */
    public StartupResult initAndMigrate() {
        InitResult init = init();
        return new StartupResult(init, migrate());
    }

    // ---------------------------------------------------------------------------------------------- init

    /**
     * Creates the tables of every module none of whose tables exist, adopts every module all of whose
     * tables exist and equal the models, and stamps each such module's history at its baseline, in
     * one transaction. Modules with a history are left alone.
     *
     * @throws InitRefusedException     when a module's existing tables differ from the models, or only
     *                                  some exist; nothing was changed
     * @throws SchemaBootstrapException when the database fails; nothing was changed
     */
    public InitResult init() {
        ModelCatalog models = catalog();
        SchemaScript script = script(models);
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return init(connection, models, script, start);
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new SchemaBootstrapException("init failed and changed nothing: " + message(e), e);
        }
    }

    private InitResult init(Connection connection, ModelCatalog models, SchemaScript script, long start)
            throws SQLException {
        Duration waited = SchemaLock.acquireForTransaction(connection, lockTimeout, listener);
        String schema = SchemaPresence.currentSchema(connection);
        List<ModuleInspection> inspections = SchemaPresence.inspect(connection, schema, models, script);
        listener.inspected(inspections);

        List<Refusal> refusals = new ArrayList<>();
        for (ModuleInspection module : inspections) {
            if (module.state() == ModuleState.PARTIAL) {
                refusals.add(new Refusal(module.module(), "only " + module.presentTables().size() + " of its "
                        + module.tables().size() + " tables exist (missing: " + String.join(", ", module.missingTables())
                        + "); init creates a module only when none of its tables exist, and adopts it only when all do",
                        List.of()));
            }
        }
        List<ModuleInspection> adopt = withState(inspections, ModuleState.PRESENT);
        if (!adopt.isEmpty()) {
            SchemaSnapshot expected = ExpectedSchema.snapshot(connection, script, schema);
            SchemaSnapshot actual = CatalogReader.read(connection, schema);
            for (ModuleInspection module : adopt) {
                List<Difference> differences = differences(expected, actual, module.tables());
                if (!differences.isEmpty()) {
                    refusals.add(new Refusal(module.module(), "all " + module.tables().size()
                            + " tables exist but differ from the models", differences));
                }
            }
        }
        if (!refusals.isEmpty()) {
            connection.rollback();
            throw new InitRefusedException(refusals);
        }

        List<ModuleInspection> create = withState(inspections, ModuleState.ABSENT);
        if (create.isEmpty() && adopt.isEmpty()) {
            connection.rollback();
            List<ModuleResult> results = inspections.stream()
                    .map(module -> new ModuleResult(module.module(), Action.ALREADY_INITIALISED,
                            module.presentTables().size(), null))
                    .toList();
            InitResult result = new InitResult(schema, results, Counts.NONE, since(start), waited);
            listener.initFinished(result);
            return result;
        }

        // Each new module's tables, and the history of each module stamped without Flyway, in one batch.
        StatementGroups batch = new StatementGroups();
        List<ModuleSchema> newModules = create.stream()
                .map(module -> SchemaPresence.moduleSchema(script, module.module())).toList();
        SchemaScript part = new SchemaScript(newModules);
        Counts created = newModules.isEmpty() ? Counts.NONE : new Counts(part.tableCount(), part.columnCount(),
                part.indexCount(), part.foreignKeyCount(), part.enumTypeCount());
        if (!newModules.isEmpty()) {
            listener.creating(newModules.stream().map(ModuleSchema::module).toList(), part.tableCount());
        }
        newModules.forEach(module -> addTables(batch, module));
        List<ModuleInspection> stamped = new ArrayList<>(create);
        stamped.addAll(adopt);
        List<ModelModule> withFlyway = new ArrayList<>();
        for (ModuleInspection module : stamped) {
            ModelModule spi = models.module(module.module());
            if (HistoryStamp.applies(spi, loaderOf(spi))) {
                batch.add("the Flyway history of module " + spi.name(), HistoryStamp.statements(spi, schema));
            } else {
                withFlyway.add(spi);
            }
        }
        batch.execute(connection);
        newModules.forEach(this::tablesCreated);
        List<Refusal> renamed = RenamedSequences.find(connection, schema, tablesByModule(create));
        if (!renamed.isEmpty()) {
            connection.rollback();
            throw new InitRefusedException(renamed);
        }
        for (ModuleInspection module : adopt) {
            listener.adopting(module.module(), module.tables().size());
        }
        TransactionDataSource transaction = new TransactionDataSource(connection);
        List<ModuleResult> results = new ArrayList<>();
        for (ModuleInspection module : inspections) {
            ModelModule spi = models.module(module.module());
            Action action = switch (module.state()) {
                case ABSENT -> Action.CREATED;
                case PRESENT -> Action.ADOPTED;
                default -> Action.ALREADY_INITIALISED;
            };
            if (action == Action.ALREADY_INITIALISED) {
                results.add(new ModuleResult(module.module(), action, module.presentTables().size(), null));
                continue;
            }
            if (withFlyway.contains(spi)) {
                stamp(spi, transaction);
            } else {
                listener.stamped(spi.name(), spi.baselineVersion());
            }
            results.add(new ModuleResult(module.module(), action, module.tables().size(), spi.baselineVersion()));
        }
        listener.committing();
        connection.commit();
        InitResult result = new InitResult(schema, results, created, since(start), waited);
        listener.initFinished(result);
        return result;
    }

    private static void addTables(StatementGroups batch, ModuleSchema module) {
        batch.add("the enum types of module " + module.module(), module.enumTypes());
        for (TableSchema table : module.tables()) {
            batch.add("table " + table.name(), table.statements());
        }
        batch.add("the foreign keys of module " + module.module(), module.foreignKeys());
    }

    private void tablesCreated(ModuleSchema module) {
        for (TableSchema table : module.tables()) {
            listener.tableCreated(module.module(), table);
        }
        listener.foreignKeysCreated(module.module(), module.foreignKeys().size());
    }

    private void stamp(ModelModule module, TransactionDataSource transaction) {
        Flyway flyway = ModuleFlyway.flyway(module, transaction, loaderOf(module));
        BaselineResult result;
        try {
            result = flyway.baseline();
        } catch (FlywayException e) {
            throw new SchemaBootstrapException("stamping the history of module " + module.name() + " failed: "
                    + flywayMessage(e), e);
        }
        if (!result.successfullyBaselined) {
            throw new SchemaBootstrapException("Flyway did not stamp the history of module " + module.name());
        }
        listener.stamped(module.name(), module.baselineVersion());
    }

    /** Differences of one module's tables (and the enum types they use) from the models; other tables do not count. */
    private static List<Difference> differences(SchemaSnapshot expected, SchemaSnapshot actual, List<String> tables) {
        Set<String> enums = ExpectedSchema.enumTypesUsedBy(expected, tables);
        return SchemaDiff.compare(ExpectedSchema.restrict(expected, tables, enums),
                ExpectedSchema.restrict(actual, tables, enums), SchemaDiff.Options.strict().ignoringExtras());
    }

    // ------------------------------------------------------------------------------------------- migrate

    /**
     * Applies each module's pending migrations with Flyway, in dependency order, under the schema lock.
     * Every module must be initialised.
     *
     * @throws SchemaBootstrapException when a module is not initialised, a migration fails or Flyway's
     *                                  validation fails (a failed migration is rolled back by Flyway)
     */
    public MigrationReport migrate() {
        long start = System.nanoTime();
        ModelCatalog models = catalog();
        List<ServiceLine> lines = serviceLines();
        try (SchemaLock.Held lock = SchemaLock.acquireForSession(dataSource, lockTimeout, listener)) {
            Set<String> atBaseline;
            try (Connection connection = dataSource.getConnection()) {
                requireInitialised(connection, models);
                atBaseline = BaselineOnly.among(connection, models.modules(), SchemaBootstrap::loaderOf);
            }
            List<ModuleMigrations> results = new ArrayList<>();
            for (ModelModule module : models.modules()) {
                results.add(atBaseline.contains(module.name()) ? atItsBaseline(module) : migrateWithFlyway(module));
            }
            for (ServiceLine line : lines) { // after every module: a line builds on them
                ServiceLines.LineModule module = ServiceLines.asModule(line);
                ServiceLineHistory.startIfNew(module, dataSource);
                results.add(BaselineOnly.holds(module, dataSource, loaderOf(module)) ? atItsBaseline(module)
                        : migrateWithFlyway(module));
            }
            MigrationReport result = new MigrationReport(results, since(start), lock.waited());
            listener.migrateFinished(result);
            return result;
        } catch (SQLException e) {
            throw new SchemaBootstrapException("migrate failed: " + message(e), e);
        }
    }

    private static void requireInitialised(Connection connection, ModelCatalog models) throws SQLException {
        String schema = SchemaPresence.currentSchema(connection);
        Set<String> existing = SchemaPresence.existing(connection, schema,
                models.modules().stream().map(ModelModule::historyTable).toList());
        List<String> missing = models.modules().stream()
                .filter(module -> !existing.contains(module.historyTable())).map(ModelModule::name).toList();
        if (!missing.isEmpty()) {
            throw new SchemaBootstrapException("not initialised: module" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " (no Flyway history in schema " + schema + "); run init first");
        }
    }

    private static ModuleMigrations atItsBaseline(ModelModule module) {
        return new ModuleMigrations(module.name(), module.baselineVersion(), module.baselineVersion(), List.of());
    }

    private ModuleMigrations migrateWithFlyway(ModelModule module) {
        List<AppliedMigration> applied = new ArrayList<>();
        Flyway flyway = ModuleFlyway.flyway(module, dataSource, loaderOf(module), new AppliedCallback(module, applied));
        org.flywaydb.core.api.output.MigrateResult result;
        try {
            refuseAfterAFailedMigration(module, flyway);
            result = flyway.migrate();
        } catch (FlywayException e) {
            MigrationFailure failure = MigrationFailure.of(module.name(), e);
            if (failure != null) {
                throw new MigrationFailedException(failure, e);
            }
            throw new SchemaBootstrapException("migrate failed in module " + module.name() + ": " + flywayMessage(e), e);
        }
        List<AppliedMigration> reported = new ArrayList<>();
        for (MigrateOutput output : result.migrations) {
            reported.add(new AppliedMigration(output.version, output.description, Duration.ofMillis(output.executionTime)));
        }
        String to = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return new ModuleMigrations(module.name(), result.initialSchemaVersion, to, reported);
    }

    /** Flyway's own refusal says only "Migrations have failed validation"; this one names the migration and the way out. */
    private static void refuseAfterAFailedMigration(ModelModule module, Flyway flyway) {
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getState().isFailed()) {
                throw new SchemaBootstrapException("migrate refused in module " + module.name() + ": migration "
                        + migration(info).label() + " is recorded as failed (it ran outside a transaction, so what it "
                        + "did before failing stays); check and fix it, then run repair --module " + module.name()
                        + " and migrate again");
            }
        }
    }

    /** Tells the listener about each migration as soon as Flyway has applied it. */
    private final class AppliedCallback implements Callback {
        private final ModelModule module;
        private final List<AppliedMigration> applied;
        private long started;

        AppliedCallback(ModelModule module, List<AppliedMigration> applied) {
            this.module = module;
            this.applied = applied;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                started = System.nanoTime();
                return;
            }
            MigrationInfo info = context.getMigrationInfo();
            AppliedMigration migration = new AppliedMigration(info.getVersion() == null ? "R" : info.getVersion().getVersion(),
                    info.getDescription(), since(started));
            applied.add(migration);
            listener.migrationApplied(module.name(), migration);
        }

        @Override
        public String getCallbackName() {
            return "aicare-progress-" + module.name();
        }
    }

    // -------------------------------------------------------------------------------------------- status

    /**
     * Each module's state, history and differences from the models. Changes nothing: the models are
     * rendered for comparison in a scratch schema inside a transaction that is rolled back.
     */
    public StatusReport status() {
        ModelCatalog models = catalog();
        SchemaScript script = script(models);
        Map<ServiceLines.LineModule, MigrationInfoService> lines = new LinkedHashMap<>();
        Map<ServiceLines.LineModule, String> targets = new LinkedHashMap<>();
        for (ServiceLine line : serviceLines()) {
            ServiceLines.LineModule module = ServiceLines.asModule(line);
            lines.put(module, ServiceLineHistory.info(module, dataSource));
            targets.put(module, ServiceLineHistory.appliedVersion(lines.get(module)));
        }
        ServiceLineRendering rendering = new ServiceLineRendering(targets);
        String schema;
        List<ModuleInspection> inspections;
        SchemaSnapshot expected = null;
        SchemaSnapshot actual = null;
        Set<String> atBaseline;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                schema = SchemaPresence.currentSchema(connection);
                inspections = SchemaPresence.inspect(connection, schema, models, script);
                if (inspections.stream().anyMatch(module -> !module.presentTables().isEmpty())) {
                    // Service lines' migrations are applied by Flyway, in an ordinary scratch schema.
                    expected = lines.isEmpty() ? ExpectedSchema.snapshot(connection, script, schema)
                            : ExpectedSchema.snapshot(connection, script, schema, rendering);
                    actual = CatalogReader.read(connection, schema);
                }
            } finally {
                connection.rollback();
                restoreAutoCommit(connection, autoCommit);
            }
            // Every initialised module's history in one statement on this connection (its history
            // table exists), after the rollback so that a failed read cannot abort the snapshot's
            // transaction: it was a connection and a query per module.
            List<ModelModule> initialised = inspections.stream().filter(inspection -> inspection.state() == ModuleState.INITIALISED)
                    .map(inspection -> models.module(inspection.module())).toList();
            atBaseline = BaselineOnly.among(connection, initialised, SchemaBootstrap::loaderOf);
        } catch (SQLException e) {
            throw new SchemaBootstrapException("status failed: " + message(e), e);
        }
        List<ModuleStatus> modules = new ArrayList<>();
        List<Difference> ofLines = new ArrayList<>();
        for (ModuleInspection inspection : inspections) {
            ModelModule module = models.module(inspection.module());
            List<Difference> compared = expected == null || inspection.presentTables().isEmpty() ? List.of()
                    : differences(expected, actual, inspection.tables());
            List<Difference> differences = compared.stream().filter(d -> rendering.ownerOf(d) == null).toList();
            compared.stream().filter(d -> rendering.ownerOf(d) != null).forEach(ofLines::add);
            if (inspection.state() != ModuleState.INITIALISED) {
                modules.add(new ModuleStatus(module.name(), inspection.state(), module.baselineVersion(), null, null,
                        List.of(), List.of(), inspection.tables().size(), inspection.presentTables().size(), differences));
                continue;
            }
            if (atBaseline.contains(module.name())) {
                modules.add(new ModuleStatus(module.name(), inspection.state(), module.baselineVersion(),
                        module.baselineVersion(), module.baselineVersion(), List.of(), List.of(), inspection.tables().size(),
                        inspection.presentTables().size(), differences, List.of()));
                continue;
            }
            MigrationInfoService info;
            try {
                info = ModuleFlyway.flyway(module, dataSource, loaderOf(module)).info();
            } catch (FlywayException e) {
                throw new SchemaBootstrapException("status failed in module " + module.name() + ": " + flywayMessage(e), e);
            }
            String baseline = Arrays.stream(info.all()).filter(migration -> migration.getState() == MigrationState.BASELINE)
                    .map(migration -> migration.getVersion().getVersion()).findFirst().orElse(null);
            List<Migration> applied = Arrays.stream(info.applied())
                    .filter(migration -> !migration.getType().isBaseline() && !migration.getType().isSynthetic()
                            && !migration.getState().isFailed())
                    .map(SchemaBootstrap::migration).toList();
            List<Migration> failed = Arrays.stream(info.applied()).filter(migration -> migration.getState().isFailed())
                    .map(SchemaBootstrap::migration).toList();
            List<Migration> pending = Arrays.stream(info.pending()).map(SchemaBootstrap::migration).toList();
            // Flyway's current() is the failed migration when the last one failed; the schema is at the last success.
            String current = Arrays.stream(info.applied()).filter(migration -> !migration.getState().isFailed()
                            && migration.getVersion() != null).reduce((first, second) -> second)
                    .map(migration -> migration.getVersion().getVersion()).orElse(null);
            modules.add(new ModuleStatus(module.name(), inspection.state(), module.baselineVersion(), baseline, current,
                    applied, pending, inspection.tables().size(), inspection.presentTables().size(), differences,
                    failed));
        }
        List<ServiceLineStatus> lineStatuses = new ArrayList<>();
        for (Map.Entry<ServiceLines.LineModule, MigrationInfoService> line : lines.entrySet()) {
            String name = line.getKey().name();
            List<Difference> differences = new ArrayList<>(expected == null ? List.of()
                    : differences(expected, actual, rendering.tablesOf(name)));
            ofLines.stream().filter(d -> name.equals(rendering.ownerOf(d))).forEach(differences::add);
            lineStatuses.add(ServiceLineHistory.status(line.getKey(), line.getValue(), rendering.objectsOf(name),
                    differences, SchemaBootstrap::migration));
        }
        return new StatusReport(schema, modules, lineStatuses);
    }

    static Migration migration(MigrationInfo info) {
        return new Migration(info.getVersion() == null ? null : info.getVersion().getVersion(), info.getDescription(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
    }

    // -------------------------------------------------------------------------------------------- repair

    /**
     * What {@link #repair(RepairPlan)} would change in these modules' histories (exactly these modules,
     * not the ones they depend on). Reads only.
     */
    public RepairPlan repairPlan(Collection<String> moduleNames) {
        List<RepairPlan.ModulePlan> modules = new ArrayList<>();
        try {
            for (String name : moduleNames) {
                ModelModule module = catalog().module(name);
                modules.add(ModuleRepair.plan(module, dataSource, loaderOf(module)));
            }
        } catch (SQLException e) {
            throw new SchemaBootstrapException("repair failed and changed nothing: " + message(e), e);
        } catch (FlywayException e) {
            throw new SchemaBootstrapException("repair failed and changed nothing: " + flywayMessage(e), e);
        }
        return new RepairPlan(modules);
    }

    /**
     * Repairs the modules of a plan the user has seen, under the schema lock: removes the failed rows,
     * realigns the others, marks the missing ones deleted, with Flyway's repair. When the histories no
     * longer match the plan (another instance migrated or repaired meanwhile), nothing is changed.
     *
     * @throws SchemaBootstrapException when the plan is out of date, or the database fails
     */
    public RepairPlan repair(RepairPlan shown) {
        List<String> names = shown.modules().stream().map(RepairPlan.ModulePlan::module).toList();
        try (SchemaLock.Held lock = SchemaLock.acquireForSession(dataSource, lockTimeout, listener)) {
            RepairPlan current = repairPlan(names);
            if (!current.equals(shown)) {
                throw new SchemaBootstrapException("the histories changed since the repair plan was read (another "
                        + "instance migrated or repaired meanwhile); nothing was repaired: run repair again");
            }
            for (RepairPlan.ModulePlan module : current.modules()) {
                if (!module.changesNothing()) {
                    ModelModule spi = catalog().module(module.module());
                    ModuleRepair.repair(spi, dataSource, loaderOf(spi));
                }
            }
            return current;
        } catch (SQLException e) {
            throw new SchemaBootstrapException("repair failed: " + message(e), e);
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static SchemaScript script(ModelCatalog models) {
        SchemaScript script = SCRIPTS.get(models);
        if (script == null) {
            script = ModelSchema.of(models).schemaScript(); // outside the map's lock: catalogs render in parallel
            SCRIPTS.putIfAbsent(models, script);
        }
        return script;
    }

    private static Map<String, List<String>> tablesByModule(List<ModuleInspection> modules) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        modules.forEach(module -> tables.put(module.module(), module.tables()));
        return tables;
    }

    private static List<ModuleInspection> withState(List<ModuleInspection> inspections, ModuleState state) {
        return inspections.stream().filter(module -> module.state() == state).toList();
    }

    private static ClassLoader loaderOf(ModelModule module) {
        if (module instanceof ServiceLines.LineModule line) {
            return line.line().classLoader();
        }
        ClassLoader loader = module.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void rollbackAfter(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // The connection is broken; closing it is all that is left.
        }
    }

    /** The database's error as one line without values ({@link DatabaseErrors}). */
    static String message(SQLException e) {
        return DatabaseErrors.describe(e);
    }

    /** Flyway's failure as one line ({@link FlywayErrors}). */
    static String flywayMessage(FlywayException e) {
        return FlywayErrors.describe(e);
    }
}
