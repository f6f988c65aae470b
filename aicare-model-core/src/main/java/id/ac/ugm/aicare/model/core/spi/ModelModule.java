package id.ac.ugm.aicare.model.core.spi;

import id.ac.ugm.aicare.model.core.baseline.BaselineSnapshots;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import java.util.List;

/**
 * One domain module's persistence unit, announced through {@link java.util.ServiceLoader}.
 *
 * <p>Each model jar lists its implementation in
 * {@code META-INF/services/id.ac.ugm.aicare.model.core.spi.ModelModule}. The schema tools find
 * modules only this way: no classpath scanning and no package-name guessing, so a service that
 * has only some model jars on its classpath gets only their tables.
 */
public interface ModelModule {

    /** Short, stable name used on the command line and in history table names, e.g. {@code auth}. */
    String name();

    /** Every entity class of this module, in the order the module wants them listed. */
    List<Class<?>> entityClasses();

    /** Names of the modules whose tables this module's foreign keys point to. */
    default List<String> dependsOn() {
        return List.of();
    }

    /**
     * Flyway location of this module's own migrations. The models already include everything up to
     * {@link #baselineVersion()}; migrations after it carry existing databases forward.
     */
    default String migrationLocation() {
        return "classpath:db/aicare/" + name();
    }

    /** Flyway history table of this module, so that modules migrate and release independently. */
    default String historyTable() {
        return "aicare_schema_history_" + name();
    }

    /**
     * The migration version that the current models already include: the newest of the module's
     * baseline snapshots ({@link BaselineSnapshots}, written by the CLI's {@code baseline} command), or
     * {@code 1} for a module that has none yet. A fresh database is created from the models and
     * stamped at this version, so it follows the snapshots and is never edited by hand.
     */
    default String baselineVersion() {
        ClassLoader loader = getClass().getClassLoader();
        return BaselineSnapshots.newest(loader != null ? loader : ClassLoader.getSystemClassLoader(), name())
                .map(BaselineVersion::toString).orElse("1");
    }
}
