package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.Difference;
import java.time.Instant;
import java.util.List;

/**
 * Where each module of a database stands: its history and whether its live tables match the models.
 *
 * @param schema       the schema inspected
 * @param modules      one entry per module, in dependency order
 * @param serviceLines one entry per service line, by name
 */
public record StatusReport(String schema, List<ModuleStatus> modules, List<ServiceLineStatus> serviceLines) {

    public StatusReport {
        modules = List.copyOf(modules);
        serviceLines = List.copyOf(serviceLines);
    }

    /** A report without service lines. */
    public StatusReport(String schema, List<ModuleStatus> modules) {
        this(schema, modules, List.of());
    }

    /** A migration as the module's history or its location has it. */
    public record Migration(String version, String description, Instant installedOn) {

        /** "V2 (add note)", or "R (refresh views)" for a repeatable one. */
        public String label() {
            return (version == null ? "R" : "V" + version) + " (" + description + ")";
        }
    }

    /**
     * One module.
     *
     * @param state           where it stands
     * @param modelVersion    the version its models include ({@code ModelModule.baselineVersion()})
     * @param baselineVersion the version its history was stamped at, or {@code null}
     * @param currentVersion  the latest version its history records, or {@code null}
     * @param applied         migrations applied after the baseline, in order
     * @param pending         migrations {@code migrate} would apply, in order (empty when not initialised)
     * @param tables          the number of tables the models define for it
     * @param presentTables   how many of them exist
     * @param differences     how its existing tables differ from the models (missing tables included
     *                        once any of them exists)
     * @param failed          migrations its history records as failed ({@code repair} removes them)
     */
    public record ModuleStatus(String module, ModuleState state, String modelVersion, String baselineVersion,
                               String currentVersion, List<Migration> applied, List<Migration> pending, int tables,
                               int presentTables, List<Difference> differences, List<Migration> failed) {

        public ModuleStatus {
            applied = List.copyOf(applied);
            pending = List.copyOf(pending);
            differences = List.copyOf(differences);
            failed = List.copyOf(failed);
        }

        /** A module with no failed migration. */
        public ModuleStatus(String module, ModuleState state, String modelVersion, String baselineVersion,
                            String currentVersion, List<Migration> applied, List<Migration> pending, int tables,
                            int presentTables, List<Difference> differences) {
            this(module, state, modelVersion, baselineVersion, currentVersion, applied, pending, tables, presentTables,
                    differences, List.of());
        }

        /** All its tables exist and equal the models. */
        public boolean matchesModels() {
            return presentTables == tables && differences.isEmpty();
        }

        /** Initialised, nothing pending or failed, and the schema matches the models. */
        public boolean upToDate() {
            return state == ModuleState.INITIALISED && pending.isEmpty() && failed.isEmpty() && matchesModels();
        }
    }

    /** Whether every module is initialised, migrated and equal to its models, and every service line up to date. */
    public boolean upToDate() {
        return modules.stream().allMatch(ModuleStatus::upToDate)
                && serviceLines.stream().allMatch(ServiceLineStatus::upToDate);
    }
}
