package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.internal.catalog.SnapshotScope;
import id.ac.ugm.aicare.schema.migration.internal.ScratchSchema;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;

/**
 * What the models look like once PostgreSQL has read them: the schema script is run in a scratch
 * schema inside a savepoint of the caller's open transaction, read back with {@link CatalogReader},
 * and rolled back. Comparing that with a live schema compares PostgreSQL's own normalised forms
 * (types, defaults, constraint texts) on both sides, on the same server version. {@code init},
 * {@code status} and {@code diff} all read the models' side this way.
 *
 * <p>Where nothing is to run after the models (no service line's migrations), the script runs in the
 * session's temporary schema instead of a scratch schema: same snapshot, much cheaper rollback.
 */
public final class ExpectedSchema {

    private ExpectedSchema() {
    }

    /**
     * The snapshot of every table of the script. The connection must be in a transaction (auto-commit
     * off); it is left as it was. Rendered in the session's temporary schema where it can be
     * ({@link #inTemporarySchema}), else in a scratch schema, which needs the CREATE privilege on the
     * database.
     *
     * @throws SchemaBootstrapException when the database refuses the script
     */
    public static SchemaSnapshot snapshot(Connection connection, SchemaScript script, String currentSchema) {
        try {
            return inTemporarySchema(connection, script, currentSchema);
        } catch (SQLException e) {
            // No TEMP privilege, or a temporary table of this session already has one of the names.
            return snapshot(connection, script, currentSchema, NOTHING_AFTER);
        }
    }

    /** What is run in the scratch schema after the models' script, before it is read (service lines' migrations). */
    interface AfterModels {
        void apply(Connection connection, String scratch) throws SQLException;
    }

    private static final AfterModels NOTHING_AFTER = (connection, scratch) -> { };

    /**
     * The script run in the session's temporary schema ({@code pg_temp} first on the search path, so
     * that its unqualified statements land there) inside a savepoint, read back, and rolled back.
     * Rolling back temporary tables is cheap where rolling back a scratch schema's is not: the
     * server drops each of an ordinary table's files and its pages in the shared buffers (for the
     * models, about a second at a load of 20, most of {@code status}'s server time), a temporary
     * table's live in the session's own memory. {@code TemporarySchemaRenderingTest} proves both
     * give the same snapshot of the models.
     */
    static SchemaSnapshot inTemporarySchema(Connection connection, SchemaScript script, String currentSchema)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            try (PreparedStatement path = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                path.setString(1, "pg_temp, " + SqlIdentifiers.quote(currentSchema));
                path.execute();
            }
            for (String sql : script.statements()) {
                statement.addBatch(sql);
            }
            statement.executeBatch();
            String temporary;
            try (ResultSet rows = statement.executeQuery("SELECT pg_my_temp_schema()::regnamespace::text")) {
                rows.next();
                temporary = rows.getString(1);
            }
            return CatalogReader.read(connection, temporary);
        } finally {
            connection.rollback(savepoint);
        }
    }

    /** The same in an ordinary scratch schema, with {@code afterModels} run there once the script has been. */
    static SchemaSnapshot snapshot(Connection connection, SchemaScript script, String currentSchema,
                                   AfterModels afterModels) {
        try {
            return ScratchSchema.run(connection, "models", currentSchema, scratch -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : script.statements()) {
                        statement.addBatch(sql);
                    }
                    statement.executeBatch();
                }
                afterModels.apply(connection, scratch);
                return CatalogReader.read(connection, scratch);
            });
        } catch (SQLException e) {
            throw new SchemaBootstrapException("cannot render the models in a scratch schema to compare them: "
                    + SchemaBootstrap.message(e), e);
        }
    }

    /**
     * A snapshot restricted to some tables and the enum types their columns use, for comparing one
     * module: enum types of other modules do not count against it.
     */
    public static SchemaSnapshot restrict(SchemaSnapshot snapshot, Collection<String> tables, Set<String> enumTypes) {
        return SnapshotScope.restrict(snapshot, tables, enumTypes);
    }

    /** The enum types (as the snapshot names them) that the columns of these tables use. */
    public static Set<String> enumTypesUsedBy(SchemaSnapshot snapshot, Collection<String> tables) {
        return SnapshotScope.enumTypesUsedBy(snapshot, tables);
    }
}
