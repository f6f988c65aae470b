package id.ac.ugm.aicare.schema.engine.diff;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.baseline.BaselineSnapshots;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.ExpectedSchema;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.schema.engine.check.BaselineReplay;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.engine.diff.internal.Casts;
import id.ac.ugm.aicare.schema.engine.diff.internal.MigrationTrial;
import id.ac.ugm.aicare.schema.engine.diff.internal.ScratchDatabase;
import id.ac.ugm.aicare.schema.engine.diff.internal.SnapshotDdl;
import id.ac.ugm.aicare.schema.engine.diff.internal.PlanRefused;
import id.ac.ugm.aicare.schema.engine.diff.internal.Planner;
import id.ac.ugm.aicare.schema.engine.diff.internal.RenameRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The migration that takes one module's tables to its models. {@code to} is the models, rendered
 * in a scratch schema inside a transaction that is rolled back and read back from pg_catalog, so
 * both sides are compared in PostgreSQL's own spellings; {@code from} is a live database
 * ({@link #fromDatabase}) or a snapshot of one ({@link #fromSnapshot}).
 *
 * <pre>{@code
 * MigrationPlan plan = ModelDiff.of(ModelCatalog.discover(), "clinical")
 *         .renames(Renames.none().column("journal_entries", "body", "content"))
 *         .fromDatabase(connection);
 * String source = plan.javaSource("db.aicare.clinical", "V4__journal_content", "Module clinical, version 4.", List.of());
 * }</pre>
 *
 * <p>Which tables of the database are the module's: those the models have, the old names of
 * renamed ones, and the {@link #formerTables former tables} named; any other table of the database
 * is never compared, so never dropped.
 */
public final class ModelDiff {

    private final ModelCatalog catalog;
    private final String module;
    private Renames renames = Renames.none();
    private Set<String> formerTables = Set.of();

    private ModelDiff(ModelCatalog catalog, String module) {
        this.catalog = catalog;
        this.module = module;
    }

    /**
     * The diff of one module of the catalog (which must hold the modules it depends on).
     *
     * @throws id.ac.ugm.aicare.model.core.catalog.ModelDiscoveryException when the catalog has no such module
     */
    public static ModelDiff of(ModelCatalog catalog, String module) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(module, "module");
        return new ModelDiff(catalog.select(List.of(module)), catalog.module(module).name());
    }

    /** Renames to write as renames (default: none, so a renamed column is a drop and an add). */
    public ModelDiff renames(Renames renames) {
        this.renames = Objects.requireNonNull(renames, "renames");
        return this;
    }

    /**
     * Tables that belonged to the module and that its models no longer have: where the database
     * still has one, the migration drops it (with the consent the helper requires, written out).
     */
    public ModelDiff formerTables(Collection<String> tables) {
        this.formerTables = Set.copyOf(tables);
        return this;
    }

    public String module() {
        return module;
    }

    /** The tables of the module, as the models define them. */
    public List<String> tables() {
        return moduleTables(ModelSchema.of(catalog).schemaScript());
    }

    /**
     * The plan from the tables of the database this connection is on (its current schema) to the
     * models. Reads only; the models are rendered in a scratch schema inside a transaction that is
     * rolled back, which needs the CREATE privilege on the database.
     *
     * @throws DiffException            when a rename names a table or column that is not there
     * @throws SchemaBootstrapException when the database fails
     */
    public MigrationPlan fromDatabase(Connection connection) {
        return withTransaction(connection, schema -> {
            SchemaSnapshot to = models(connection, schema);
            return plan(restrictFrom(CatalogReader.read(connection, schema), to), to, connection);
        });
    }

    /**
     * The plan from the module's newest baseline snapshot plus its migrations after it (those on the
     * module's class path) to the models: what a new migration must add to the ones there are. The
     * replay and the models are rendered on the server of this connection, in scratch schemas inside
     * a transaction that is rolled back; the database's own tables are not read.
     *
     * @throws DiffException when the module has no baseline snapshot
     * @throws id.ac.ugm.aicare.schema.engine.check.ReplayException when the snapshot or a migration does not run
     */
    public MigrationPlan fromBaseline(Connection server) {
        BaselineVersion newest = newestBaseline();
        return withTransaction(server, schema -> {
            SchemaSnapshot to = models(server, schema);
            return plan(baselineState(server, newest, to), to, server);
        });
    }

    /**
     * The module's tables as its newest baseline snapshot plus the migrations after it give them: a
     * table there that no other module of the catalog owns was the module's, and is dropped when the
     * models no longer have it.
     */
    public SchemaSnapshot baselineState(Connection server) {
        BaselineVersion newest = newestBaseline();
        return withTransaction(server, schema -> baselineState(server, newest, models(server, schema)));
    }

    private BaselineVersion newestBaseline() {
        return BaselineSnapshots.newest(loaderOf(catalog.module(module)), module).orElseThrow(() -> new DiffException(
                "module " + module + " has no baseline snapshot (" + BaselineSnapshots.FOLDER + module
                        + "/V<version>.sql) to diff from; write one with baseline --module " + module
                        + ", or diff a database's tables", Category.USER_ERROR));
    }

    private SchemaSnapshot baselineState(Connection server, BaselineVersion newest, SchemaSnapshot to) {
        ModelModule model = catalog.module(module);
        SchemaSnapshot replayed = BaselineReplay.replay(server, model, newest).schema();
        Set<String> former = new LinkedHashSet<>(replayed.tables().keySet());
        ModelSchema.of(catalog).schemaScript().modules().stream().filter(other -> !other.module().equals(module))
                .flatMap(other -> other.tables().stream()).map(TableSchema::name).forEach(former::remove);
        former.remove(model.historyTable());
        return restrictFrom(replayed, to, former);
    }

    private static ClassLoader loaderOf(ModelModule model) {
        ClassLoader loader = model.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /**
     * The plan from a snapshot (of the module's tables in an older version, say) to the models,
     * rendered and compared on the server of this connection, which is not changed.
     */
    public MigrationPlan fromSnapshot(SchemaSnapshot from, Connection server) {
        Objects.requireNonNull(from, "from");
        return withTransaction(server, schema -> {
            SchemaSnapshot to = models(server, schema);
            return plan(restrictFrom(from, to), to, server);
        });
    }

    /**
     * The module's tables of the database this connection is on (its current schema), under their
     * old names too, with the enum types they use: the {@code from} state {@link #fromDatabase} plans
     * from, and {@link #verify} rebuilds.
     */
    public SchemaSnapshot snapshot(Connection connection) {
        return withTransaction(connection, schema -> restrictFrom(CatalogReader.read(connection, schema),
                models(connection, schema)));
    }

    /**
     * Applies a migration of this module to the {@code from} state twice, in a scratch database made
     * on the server of {@code server} (whose user needs CREATEDB) and dropped afterwards, and says
     * what is wrong: the first run must give exactly the models' tables (every column, key, index,
     * comment and enum label), and the second must change nothing. The module's dependencies are
     * created from their models first. Java migrations are compiled (which needs a JDK), both kinds
     * run through Flyway as in production.
     *
     * @param from      the module's tables as {@link #snapshot} read them
     * @param migration a {@code V<version>__<name>.java} or {@code .sql} file (with its {@code .conf})
     * @param server    a pgjdbc data source
     * @return one line per problem; empty when the migration passed
     */
    public List<String> verify(SchemaSnapshot from, Path migration, DataSource server) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(migration, "migration");
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            DataSource database = scratch.dataSource();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                SchemaScript script = ModelSchema.of(catalog).schemaScript();
                for (SchemaScript.ModuleSchema dependency : script.modules()) {
                    if (!dependency.module().equals(module)) {
                        for (String sql : dependency.statements()) {
                            statement.execute(sql);
                        }
                    }
                }
                Set<String> theirs = CatalogReader.read(connection).enumTypes().keySet();
                for (String sql : SnapshotDdl.statements(withoutEnumTypes(from, theirs))) {
                    statement.execute(sql);
                }
            }
            List<String> problems = new ArrayList<>();
            MigrationTrial.run(migration, database, "aicare_diff_verify_first_run");
            SchemaSnapshot once;
            try (Connection connection = database.getConnection()) {
                SchemaSnapshot models = models(connection);
                once = snapshot(connection);
                SchemaDiff.compare(models, once).forEach(d -> problems.add("after the first run: " + d));
            }
            MigrationTrial.run(migration, database, "aicare_diff_verify_second_run");
            try (Connection connection = database.getConnection()) {
                SchemaDiff.compare(once, snapshot(connection)).forEach(d -> problems.add("the second run changed: " + d));
            }
            return problems;
        } catch (MigrationTrial.Failure e) {
            return List.of(e.getMessage());
        } catch (IOException e) {
            throw new DiffException("cannot read " + migration + ": " + e.getMessage(), Category.USER_ERROR);
        } catch (SQLException e) {
            throw new SchemaBootstrapException("diff cannot verify on a scratch database (the user needs CREATEDB): "
                    + e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName()), e);
        }
    }

    private static SchemaSnapshot withoutEnumTypes(SchemaSnapshot snapshot, Set<String> names) {
        java.util.TreeMap<String, List<String>> enums = new java.util.TreeMap<>(snapshot.enumTypes());
        enums.keySet().removeAll(names);
        return new SchemaSnapshot(snapshot.schema(), snapshot.tables(), enums, snapshot.sequences());
    }

    /** The module's tables (and the enum types they use) as the models render them on this server. */
    public SchemaSnapshot models(Connection connection) {
        return withTransaction(connection, schema -> models(connection, schema));
    }

    private SchemaSnapshot models(Connection connection, String schema) throws SQLException {
        SchemaScript script = ModelSchema.of(catalog).schemaScript();
        SchemaSnapshot rendered = ExpectedSchema.snapshot(connection, script, schema);
        List<String> tables = moduleTables(script);
        return ExpectedSchema.restrict(rendered, tables, ExpectedSchema.enumTypesUsedBy(rendered, tables));
    }

    /**
     * The module's tables of a database or snapshot, under their old names too, with the enum types
     * they use and those of the models' that it has already (another module's, say).
     */
    private SchemaSnapshot restrictFrom(SchemaSnapshot snapshot, SchemaSnapshot to) {
        return restrictFrom(snapshot, to, Set.of());
    }

    private SchemaSnapshot restrictFrom(SchemaSnapshot snapshot, SchemaSnapshot to, Set<String> alsoFormer) {
        Set<String> tables = new LinkedHashSet<>(moduleTables(ModelSchema.of(catalog).schemaScript()));
        tables.addAll(renames.tables().keySet());
        tables.addAll(formerTables);
        tables.addAll(alsoFormer);
        tables.retainAll(snapshot.tables().keySet());
        Set<String> enums = new LinkedHashSet<>(ExpectedSchema.enumTypesUsedBy(snapshot, tables));
        enums.addAll(to.enumTypes().keySet());
        return ExpectedSchema.restrict(snapshot, tables, enums);
    }

    private MigrationPlan plan(SchemaSnapshot from, SchemaSnapshot to, Connection connection) throws SQLException {
        RenameRequest request = new RenameRequest(renames.tables(), renames.columns());
        try {
            return new MigrationPlan(module, Planner.plan(from, to, request, Casts.of(connection)));
        } catch (PlanRefused e) {
            throw new DiffException(e.getMessage(), Category.USER_ERROR);
        }
    }

    private List<String> moduleTables(SchemaScript script) {
        return script.modules().stream().filter(schema -> schema.module().equals(module))
                .flatMap(schema -> schema.tables().stream()).map(TableSchema::name).toList();
    }

    @FunctionalInterface
    private interface InTransaction<T> {
        T run(String schema) throws SQLException;
    }

    /** Runs {@code work} in a transaction that is rolled back, on the connection's current schema. */
    private static <T> T withTransaction(Connection connection, InTransaction<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                String schema;
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT current_schema()")) {
                    row.next();
                    schema = row.getString(1);
                }
                if (schema == null) {
                    throw new SchemaBootstrapException("the connection has no current schema (search_path names none "
                            + "that exists); diff compares the tables of the current schema");
                }
                return work.run(schema);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SchemaBootstrapException("diff cannot read the database: " + e.getMessage().lines().findFirst()
                    .orElse(e.getClass().getSimpleName()), e);
        }
    }
}
