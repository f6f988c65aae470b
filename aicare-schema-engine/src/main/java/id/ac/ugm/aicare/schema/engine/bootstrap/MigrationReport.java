package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.time.Duration;
import java.util.List;

/**
 * What {@code migrate} did.
 *
 * @param modules  one entry per module, in dependency order (the order they were migrated in)
 * @param elapsed  from start to end, including the wait for the lock
 * @param lockWait how long it waited for another instance's lock
 */
public record MigrationReport(List<ModuleMigrations> modules, Duration elapsed, Duration lockWait) {

    public MigrationReport {
        modules = List.copyOf(modules);
    }

    /** One migration Flyway applied. */
    public record AppliedMigration(String version, String description, Duration time) {
    }

    /**
     * One module's run.
     *
     * @param fromVersion its schema version before ({@code null}: none)
     * @param toVersion   its schema version after
     * @param applied     the migrations applied, in order
     */
    public record ModuleMigrations(String module, String fromVersion, String toVersion, List<AppliedMigration> applied) {
        public ModuleMigrations {
            applied = List.copyOf(applied);
        }
    }

    /** The number of migrations applied over all modules. */
    public int appliedCount() {
        return modules.stream().mapToInt(module -> module.applied().size()).sum();
    }
}
