package id.ac.ugm.aicare.schema.migration.internal;

import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A schema that exists only for a moment: created inside a savepoint of the caller's open
 * transaction, first on the search path, and rolled back with everything built in it. PostgreSQL's
 * DDL is transactional, so nothing of it outlives the call, and other sessions never see it. The
 * one place where the engine renders the models and the migration helpers render what a migration
 * describes, to read either back as PostgreSQL stores it.
 */
public final class ScratchSchema {

    /** What runs with the scratch schema first on the search path. */
    @FunctionalInterface
    public interface Work<T> {
        T run(String scratch) throws SQLException;
    }

    private ScratchSchema() {
    }

    /**
     * Runs {@code work} in a new scratch schema named {@code aicare_<purpose>_<random>}, with the
     * search path set to it and then {@code currentSchema} (for functions of extensions living there),
     * and rolls it all back. The connection must be in a transaction (auto-commit off) and may create
     * schemas in the database.
     */
    public static <T> T run(Connection connection, String purpose, String currentSchema, Work<T> work)
            throws SQLException {
        return run(connection, purpose, List.of(currentSchema), work);
    }

    /** The same, with {@code pathAfter} (in this order) behind the scratch schema on the search path. */
    public static <T> T run(Connection connection, String purpose, List<String> pathAfter, Work<T> work)
            throws SQLException {
        String scratch = "aicare_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Savepoint savepoint = connection.setSavepoint();
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(scratch));
            }
            try (PreparedStatement path = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                path.setString(1, SqlIdentifiers.quote(scratch) + pathAfter.stream()
                        .map(schema -> ", " + SqlIdentifiers.quote(schema)).collect(Collectors.joining()));
                path.execute();
            }
            return work.run(scratch);
        } finally {
            connection.rollback(savepoint);
        }
    }
}
