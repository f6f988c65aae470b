package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the models look like once PostgreSQL has read them: the schema script is run in a scratch
 * schema inside a savepoint of the caller's open transaction, read back with {@link CatalogReader},
 * and rolled back. Comparing that with a live schema compares PostgreSQL's own normalised forms
 * (types, defaults, constraint texts) on both sides, on the same server version. {@code init},
 * {@code status} and {@code diff} all read the models' side this way.
 */
public final class ExpectedSchema {

    private ExpectedSchema() {
    }

    /**
     * The snapshot of every table of the script. The connection must be in a transaction (auto-commit
     * off); it is left as it was. Needs the CREATE privilege on the database for the scratch schema.
     */
    public static SchemaSnapshot snapshot(Connection connection, SchemaScript script, String currentSchema)
            throws SQLException {
        return snapshot(connection, script, currentSchema, (withScript, scratch) -> { });
    }

    /** What is run in the scratch schema after the models' script, before it is read (service lines' migrations). */
    interface AfterModels {
        void apply(Connection connection, String scratch) throws SQLException;
    }

    /** The same, with {@code afterModels} run in the scratch schema once the script has been. */
    static SchemaSnapshot snapshot(Connection connection, SchemaScript script, String currentSchema,
                                   AfterModels afterModels) throws SQLException {
        String scratch = "aicare_models_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Savepoint savepoint = connection.setSavepoint();
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(scratch));
            }
            try (PreparedStatement path = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                // The current schema stays on the path after the scratch one, for functions of extensions living there.
                path.setString(1, SqlIdentifiers.quote(scratch) + ", " + SqlIdentifiers.quote(currentSchema));
                path.execute();
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.statements()) {
                    statement.addBatch(sql);
                }
                statement.executeBatch();
            }
            afterModels.apply(connection, scratch);
            return CatalogReader.read(connection, scratch);
        } catch (SQLException e) {
            throw new SchemaBootstrapException("cannot render the models in a scratch schema to compare them: "
                    + SchemaBootstrap.message(e), e);
        } finally {
            connection.rollback(savepoint);
        }
    }

    /**
     * A snapshot restricted to some tables and the enum types their columns use, for comparing one
     * module: enum types of other modules do not count against it.
     */
    public static SchemaSnapshot restrict(SchemaSnapshot snapshot, Collection<String> tables, Set<String> enumTypes) {
        SchemaSnapshot only = snapshot.onlyTables(Set.copyOf(tables));
        TreeMap<String, List<String>> enums = new TreeMap<>();
        only.enumTypes().forEach((name, labels) -> {
            if (enumTypes.contains(name)) {
                enums.put(name, labels);
            }
        });
        return new SchemaSnapshot(only.schema(), only.tables(), enums, only.sequences());
    }

    /** The enum types (as the snapshot names them) that the columns of these tables use. */
    public static Set<String> enumTypesUsedBy(SchemaSnapshot snapshot, Collection<String> tables) {
        Set<String> used = new TreeSet<>();
        for (String name : tables) {
            TableSnapshot table = snapshot.table(name);
            if (table == null) {
                continue;
            }
            for (ColumnSnapshot column : table.columns()) {
                String type = column.type().replace("[]", "");
                if (type.startsWith("\"") && type.endsWith("\"")) {
                    type = type.substring(1, type.length() - 1);
                }
                if (snapshot.enumTypes().containsKey(type)) {
                    used.add(type);
                }
            }
        }
        return used;
    }
}
