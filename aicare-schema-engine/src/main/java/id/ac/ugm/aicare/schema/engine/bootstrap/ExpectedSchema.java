package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.internal.catalog.SnapshotScope;
import id.ac.ugm.aicare.schema.migration.internal.ScratchSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;

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
     *
     * @throws SchemaBootstrapException when the database refuses the script
     */
    public static SchemaSnapshot snapshot(Connection connection, SchemaScript script, String currentSchema) {
        return snapshot(connection, script, currentSchema, (withScript, scratch) -> { });
    }

    /** What is run in the scratch schema after the models' script, before it is read (service lines' migrations). */
    interface AfterModels {
        void apply(Connection connection, String scratch) throws SQLException;
    }

    /** The same, with {@code afterModels} run in the scratch schema once the script has been. */
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
