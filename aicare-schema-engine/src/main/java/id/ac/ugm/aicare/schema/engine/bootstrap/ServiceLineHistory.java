package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines.LineModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.catalog.Difference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** A service line's Flyway history: started by the first {@code migrate} that sees the line, read by {@code status}. */
final class ServiceLineHistory {

    private ServiceLineHistory() {
    }

    /**
     * Starts the line's history (a baseline at version 0, so its own migrations start at V1) unless it
     * exists. The caller holds the schema lock, so two instances never both start it.
     */
    static void startIfNew(LineModule line, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String schema = SchemaPresence.currentSchema(connection);
            if (!SchemaPresence.existing(connection, schema, List.of(line.historyTable())).isEmpty()) {
                return;
            }
        }
        try {
            ModuleFlyway.configure(line, dataSource, line.line().classLoader())
                    .baselineDescription("start of service line " + line.name())
                    .load().baseline();
        } catch (FlywayException e) {
            throw new SchemaBootstrapException("starting the history of service line " + line.name() + " failed: "
                    + SchemaBootstrap.flywayMessage(e), e);
        }
    }

    /** The line's Flyway view of its history and location. */
    static MigrationInfoService info(LineModule line, DataSource dataSource) {
        try {
            return ModuleFlyway.configure(line, dataSource, line.line().classLoader()).load().info();
        } catch (FlywayException e) {
            throw new SchemaBootstrapException("status failed in service line " + line.name() + ": "
                    + SchemaBootstrap.flywayMessage(e), e);
        }
    }

    /** The version its live history has reached, or {@code null} when it has applied nothing of its own. */
    static String appliedVersion(MigrationInfoService info) {
        return ownApplied(info).reduce((first, second) -> second)
                .map(migration -> migration.getVersion().getVersion()).orElse(null);
    }

    static ServiceLineStatus status(LineModule line, MigrationInfoService info, List<Difference> objects,
                                    List<Difference> differences, Function<MigrationInfo, Migration> migration) {
        boolean started = info.applied().length > 0;
        String current = info.current() == null || info.current().getVersion() == null ? null
                : info.current().getVersion().getVersion();
        return new ServiceLineStatus(line.name(), line.dependsOn(), started, current,
                ownApplied(info).map(migration).toList(), Arrays.stream(info.pending()).map(migration).toList(),
                objects, differences);
    }

    private static java.util.stream.Stream<MigrationInfo> ownApplied(MigrationInfoService info) {
        return Arrays.stream(info.applied())
                .filter(migration -> !migration.getType().isBaseline() && !migration.getType().isSynthetic())
                .filter(migration -> migration.getVersion() != null);
    }
}
