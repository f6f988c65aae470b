package id.ac.ugm.aicare.schema.engine.diff;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.ExpectedSchema;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.schema.engine.diff.internal.Casts;
import id.ac.ugm.aicare.schema.engine.diff.internal.PlanRefused;
import id.ac.ugm.aicare.schema.engine.diff.internal.Planner;
import id.ac.ugm.aicare.schema.engine.diff.internal.RenameRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
        Set<String> tables = new LinkedHashSet<>(moduleTables(ModelSchema.of(catalog).schemaScript()));
        tables.addAll(renames.tables().keySet());
        tables.addAll(formerTables);
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
