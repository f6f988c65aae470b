package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@link MigrationCheck} found, per module: for each baseline snapshot, whether it and the
 * migrations after it give exactly the models' schema, and the migrations' lint errors. Holds
 * object names and types only, never a row's values.
 *
 * @param modules every module checked, in dependency order
 */
public record CheckReport(List<ModuleCheck> modules) {

    public CheckReport {
        modules = List.copyOf(modules);
    }

    /**
     * One module.
     *
     * @param module     its name
     * @param baselines  one entry per stored baseline snapshot, oldest first; empty when it has none
     * @param lintErrors error-level findings of its SQL migrations
     */
    public record ModuleCheck(String module, List<BaselineCheck> baselines, List<Finding> lintErrors) {

        public ModuleCheck {
            baselines = List.copyOf(baselines);
            lintErrors = List.copyOf(lintErrors);
        }

        /** Every baseline reaches the models and the migrations lint clean. */
        public boolean passed() {
            return !baselines.isEmpty() && lintErrors.isEmpty() && baselines.stream().allMatch(BaselineCheck::passed);
        }
    }

    /**
     * One baseline snapshot replayed with the migrations after it.
     *
     * @param version     the snapshot's version
     * @param migrations  how many migrations ran after it
     * @param failure     why the replay failed (a migration that does not run), or {@code null}
     * @param differences how the result differs from the models (the models are expected)
     */
    public record BaselineCheck(String version, int migrations, String failure, List<Difference> differences) {

        public BaselineCheck {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return failure == null && differences.isEmpty();
        }
    }

    /** Every module passed. */
    public boolean passed() {
        return modules.stream().allMatch(ModuleCheck::passed);
    }

    /**
     * The report as lines: one per module and baseline, then each difference, failure and lint
     * error, and for a module that fails the command that writes the missing migration.
     *
     * @param diffCommand the command to suggest for a module, e.g. {@code aicare-schema diff --module auth --url ...}
     */
    public List<String> lines(Function<String, String> diffCommand) {
        List<String> lines = new ArrayList<>();
        for (ModuleCheck module : modules) {
            if (module.baselines().isEmpty()) {
                lines.add(String.format("%-13s no baseline snapshot: write one with aicare-schema baseline --module %s",
                        module.module(), module.module()));
            }
            for (BaselineCheck baseline : module.baselines()) {
                String after = baseline.migrations() == 1 ? "1 migration" : baseline.migrations() + " migrations";
                String verdict = baseline.failure() != null ? "the migrations do not run"
                        : baseline.differences().isEmpty() ? "reaches the models"
                        : baseline.differences().size() + (baseline.differences().size() == 1 ? " difference" : " differences")
                        + " from the models";
                lines.add(String.format("%-13s baseline %-4s + %-13s %s", module.module(), baseline.version(), after,
                        verdict));
                if (baseline.failure() != null) {
                    lines.add("    " + baseline.failure());
                }
                baseline.differences().forEach(difference -> lines.add("    " + difference));
            }
            for (Finding finding : module.lintErrors()) {
                lines.add("    " + finding.file() + ":" + finding.line() + ":" + finding.column() + " " + finding.rule()
                        + " " + finding.message());
            }
            if (!module.lintErrors().isEmpty()) {
                lines.add(String.format("%-13s %d lint %s in its migrations", module.module(), module.lintErrors().size(),
                        module.lintErrors().size() == 1 ? "error" : "errors"));
            }
            boolean differs = module.baselines().stream().anyMatch(baseline -> !baseline.differences().isEmpty());
            if (differs) {
                lines.add("    the missing migration: " + diffCommand.apply(module.module()));
            }
        }
        long failed = modules.stream().filter(module -> !module.passed()).count();
        lines.add(failed == 0 ? "Every module's baselines and migrations reach its models ("
                + modules.size() + (modules.size() == 1 ? " module)." : " modules).")
                : failed + " of " + modules.size() + " modules fail the check.");
        return lines;
    }
}
