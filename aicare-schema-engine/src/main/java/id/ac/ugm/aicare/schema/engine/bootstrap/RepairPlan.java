package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import java.util.List;

/**
 * What {@code repair} changes in the modules' Flyway histories, shown before it does: nothing else in
 * the database is touched (what a failed migration did before failing stays, for the user to check).
 *
 * @param modules one entry per module asked for, in the order asked
 */
public record RepairPlan(List<ModulePlan> modules) {

    public RepairPlan {
        modules = List.copyOf(modules);
    }

    /**
     * One module's history changes.
     *
     * @param historyTable the module's Flyway history table
     * @param failed       rows of failed migrations, removed so that {@code migrate} runs them again
     * @param realigned    applied migrations whose recorded checksum, description or type is set to the file's
     * @param missing      applied migrations whose file is no longer on the classpath, marked deleted
     */
    public record ModulePlan(String module, String historyTable, List<Migration> failed, List<Realignment> realigned,
                             List<Migration> missing) {

        public ModulePlan {
            failed = List.copyOf(failed);
            realigned = List.copyOf(realigned);
            missing = List.copyOf(missing);
        }

        public boolean changesNothing() {
            return failed.isEmpty() && realigned.isEmpty() && missing.isEmpty();
        }
    }

    /** An applied migration whose history row no longer matches its file: what differs, recorded and now. */
    public record Realignment(String version, String description, String what, String recorded, String resolved) {
    }

    public boolean changesNothing() {
        return modules.stream().allMatch(ModulePlan::changesNothing);
    }
}
