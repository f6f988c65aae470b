package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan.ModulePlan;
import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan.Realignment;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Flyway's {@code repair} for one module at a time, planned first: the plan lists exactly the history
 * rows Flyway's repair removes (failed migrations), realigns (checksum, description or type changed in
 * the file) and marks deleted (file gone), so a user can see them before anything changes.
 */
final class ModuleRepair {

    private ModuleRepair() {
    }

    /** What repairing the module would change; reads only. */
    static ModulePlan plan(ModelModule module, DataSource dataSource, ClassLoader loader) throws SQLException {
        List<Migration> failed = new ArrayList<>();
        List<Realignment> realigned = new ArrayList<>();
        List<Migration> missing = new ArrayList<>();
        if (hasHistory(module, dataSource)) {
            for (MigrationInfo info : flyway(module, dataSource, loader).info().all()) {
                if (!info.isApplied() || info.getType().isSynthetic() || info.getType().isBaseline()) {
                    continue;
                }
                MigrationState state = info.getState();
                if (state.isFailed()) {
                    failed.add(SchemaBootstrap.migration(info));
                } else if (state == MigrationState.MISSING_SUCCESS) {
                    missing.add(SchemaBootstrap.migration(info));
                } else if (state.isResolved()) {
                    realignment(info).forEach(realigned::add);
                }
            }
        }
        return new ModulePlan(module.name(), module.historyTable(), failed, realigned, missing);
    }

    /** Runs Flyway's repair when the plan changes anything; the caller holds the schema lock. */
    static void repair(ModelModule module, DataSource dataSource, ClassLoader loader) {
        try {
            flyway(module, dataSource, loader).repair();
        } catch (FlywayException e) {
            throw new SchemaBootstrapException("repair failed in module " + module.name() + ": "
                    + SchemaBootstrap.flywayMessage(e), e);
        }
    }

    private static List<Realignment> realignment(MigrationInfo info) {
        List<Realignment> changes = new ArrayList<>();
        String version = info.getVersion() == null ? "R" : info.getVersion().getVersion();
        if (!info.isChecksumMatching()) {
            changes.add(new Realignment(version, info.getDescription(), "checksum",
                    Objects.toString(info.getAppliedChecksum()), Objects.toString(info.getResolvedChecksum())));
        }
        if (!info.isDescriptionMatching()) {
            changes.add(new Realignment(version, info.getDescription(), "description", info.getAppliedDescription(),
                    info.getResolvedDescription()));
        }
        if (!info.isTypeMatching()) {
            changes.add(new Realignment(version, info.getDescription(), "type", String.valueOf(info.getAppliedType()),
                    String.valueOf(info.getResolvedType())));
        }
        return changes;
    }

    /** Flyway's repair would create a missing history table; a module without one has nothing to repair. */
    private static boolean hasHistory(ModelModule module, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String schema = SchemaPresence.currentSchema(connection);
            return SchemaPresence.existing(connection, schema, List.of(module.historyTable()))
                    .containsAll(Set.of(module.historyTable()));
        }
    }

    private static Flyway flyway(ModelModule module, DataSource dataSource, ClassLoader loader) {
        return ModuleFlyway.flyway(module, dataSource, loader);
    }
}
