package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.baseline.BaselineSnapshots;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import id.ac.ugm.aicare.model.core.baseline.ResourceFolder;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.DatabaseErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.FlywayErrors;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleFlyway;
import id.ac.ugm.aicare.schema.engine.internal.jdbc.ScratchConnection;
import id.ac.ugm.aicare.schema.migration.internal.ScratchSchema;
import id.ac.ugm.aicare.schema.engine.internal.jdbc.TransactionDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * What a database created at one of a module's baselines looks like once its migrations after that
 * baseline have run: the baseline snapshot ({@link BaselineSnapshots}) is run in a scratch schema,
 * Flyway stamps the module's history there at the snapshot's version and applies every later
 * migration of the module, and the result is read with {@link CatalogReader}. All of it happens in
 * a savepoint of the caller's open transaction and is rolled back: the database is left as it was.
 *
 * <pre>{@code
 * try (Connection connection = dataSource.getConnection()) {
 *     connection.setAutoCommit(false);
 *     SchemaSnapshot reached = BaselineReplay.replay(connection, module, BaselineVersion.parse("1")).schema();
 *     connection.rollback();
 * }
 * }</pre>
 *
 * <p>A migration that must run outside a transaction (an index built {@code CONCURRENTLY}) is told
 * the auto-commit mode it asked for and has the word {@code CONCURRENTLY} taken out: on the scratch
 * schema's empty tables building in place gives the same index. Needs the CREATE privilege on the
 * database.
 */
public final class BaselineReplay {

    /**
     * The replayed schema.
     *
     * @param schema     as read from the catalog (the scratch schema's name in {@code schema()}); the
     *                   module's Flyway history table is in it too
     * @param migrations the versions of the migrations that ran after the baseline, in order
     */
    public record Replayed(SchemaSnapshot schema, List<String> migrations) {
        public Replayed {
            migrations = List.copyOf(migrations);
        }
    }

    /** What runs on the replayed schema before it is rolled back (a generated migration, say). */
    @FunctionalInterface
    public interface Then<T> {
        /**
         * @param connection the caller's connection, search path set to the scratch schema first
         * @param scratch    the scratch schema's name
         * @param replayed   the replayed schema
         */
        T apply(Connection connection, String scratch, Replayed replayed) throws SQLException;
    }

    /** A Flyway migration's file name: group 1 is the version, absent for a repeatable one. */
    private static final Pattern MIGRATION = Pattern.compile(
            "(?:V(\\d+(?:[._]\\d+)*)|R)__.*\\.(?:sql|class)");

    private BaselineReplay() {
    }

    /**
     * The schema that the module's snapshot of {@code baseline} plus its migrations after it give.
     * The connection must be in a transaction (auto-commit off); it is left as it was.
     *
     * @throws ReplayException naming the module, baseline and migration when a migration fails
     *                         (category CONFLICT), or when the database fails (DATABASE_FAILURE)
     */
    public static Replayed replay(Connection connection, ModelModule module, BaselineVersion baseline) {
        return replay(connection, module, baseline, (same, scratch, replayed) -> replayed);
    }

    /** The same, then {@code then} on the replayed schema, before everything is rolled back. */
    public static <T> T replay(Connection connection, ModelModule module, BaselineVersion baseline, Then<T> then) {
        String where = "module " + module.name() + ", baseline " + baseline;
        ClassLoader loader = loaderOf(module);
        String snapshot = BaselineSnapshots.read(loader, module.name(), baseline);
        try {
            return ScratchSchema.run(connection, "replay", currentSchema(connection), scratch -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(snapshot);
                } catch (SQLException e) {
                    throw new ReplayException(Category.CONFLICT, where + ": the snapshot "
                            + BaselineSnapshots.resource(module.name(), baseline.toString()) + " does not run: "
                            + DatabaseErrors.describe(e), e);
                }
                List<String> migrations = migrate(connection, module, baseline, scratch, loader, where);
                return then.apply(connection, scratch, new Replayed(CatalogReader.read(connection, scratch), migrations));
            });
        } catch (SQLException e) {
            throw new ReplayException(Category.DATABASE_FAILURE, where + ": cannot replay in a scratch schema: "
                    + DatabaseErrors.describe(e), e);
        }
    }

    private static List<String> migrate(Connection connection, ModelModule module, BaselineVersion baseline, String scratch,
                                ClassLoader loader, String where) {
        if (!hasMigrationsAfter(module, baseline, loader)) {
            return List.of(); // Flyway's start-up is most of a replay's cost when it has nothing to run
        }
        try {
            Flyway flyway = ModuleFlyway.configure(module, new TransactionDataSource(connection, ScratchConnection::wrap),
                            loader)
                    .schemas(scratch).defaultSchema(scratch)
                    .baselineVersion(baseline.toString())
                    .load();
            flyway.baseline();
            return flyway.migrate().migrations.stream().map(migration -> migration.version).toList();
        } catch (FlywayException e) {
            throw new ReplayException(Category.CONFLICT, where + ": " + FlywayErrors.describe(e), e);
        }
    }

    /**
     * Whether the module's location may hold a migration Flyway would run after the baseline: a
     * versioned one above it, or a repeatable one. A location that is not on the class path is
     * always handed to Flyway.
     */
    private static boolean hasMigrationsAfter(ModelModule module, BaselineVersion baseline, ClassLoader loader) {
        String location = module.migrationLocation();
        if (!location.startsWith("classpath:")) {
            return true;
        }
        String folder = location.substring("classpath:".length()).replaceAll("^/+", "").replaceAll("/+$", "");
        for (String path : ResourceFolder.filesBelow(loader, folder + "/")) {
            Matcher name = MIGRATION.matcher(path.substring(path.lastIndexOf('/') + 1));
            if (name.matches() && (name.group(1) == null
                    || BaselineVersion.parse(name.group(1)).compareTo(baseline) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
            rows.next();
            String schema = rows.getString(1);
            return schema != null ? schema : "public";
        }
    }

    static ClassLoader loaderOf(ModelModule module) {
        ClassLoader loader = module.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
