package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.time.Duration;
import java.util.List;

/**
 * What {@code init} did.
 *
 * @param schema   the schema it worked in
 * @param modules  one entry per module, in dependency order
 * @param created  what it created (all zero when it only adopted or had nothing to do)
 * @param elapsed  from connecting to the commit, including the wait for the lock (the models are rendered
 *                 before, once per catalog)
 * @param lockWait how long it waited for another instance's lock; zero when the lock was free
 */
public record InitResult(String schema, List<ModuleResult> modules, Counts created, Duration elapsed,
                         Duration lockWait) {

    public InitResult {
        modules = List.copyOf(modules);
    }

    /** What happened to one module. */
    public enum Action {
        /** Its tables were created from the models and its history stamped at the baseline. */
        CREATED,
        /** Its tables existed and matched the models; only its history was stamped. */
        ADOPTED,
        /** It already had its history; nothing was done. */
        ALREADY_INITIALISED
    }

    /**
     * One module's outcome.
     *
     * @param baselineVersion the version its history was stamped at ({@code null} when already initialised)
     */
    public record ModuleResult(String module, Action action, int tables, String baselineVersion) {
    }

    /** Counts of created objects. */
    public record Counts(int tables, int columns, int indexes, int foreignKeys, int enumTypes) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** Whether this run changed the database; {@code false} when every module was already initialised. */
    public boolean changedAnything() {
        return modules.stream().anyMatch(module -> module.action() != Action.ALREADY_INITIALISED);
    }

    /** Whether it had to wait for another instance (which then, usually, had done the work). */
    public boolean waitedForAnotherInstance() {
        return !lockWait.isZero();
    }

    public List<String> modulesWith(Action action) {
        return modules.stream().filter(module -> module.action() == action).map(ModuleResult::module).toList();
    }
}
