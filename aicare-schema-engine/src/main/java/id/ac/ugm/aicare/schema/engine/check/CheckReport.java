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
 * @param modules      every module checked, in dependency order
 * @param serviceLines every service line checked, by name
 */
public record CheckReport(List<ModuleCheck> modules, List<LineCheck> serviceLines) {

    public CheckReport {
        modules = List.copyOf(modules);
        serviceLines = List.copyOf(serviceLines);
    }

    /** A report of modules only. */
    public CheckReport(List<ModuleCheck> modules) {
        this(modules, List.of());
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

    /**
     * One service line, applied on top of the modules (MIGRATIONS.md, "check: the migrations reach the
     * models"): it passes when its migrations run, leave every object the models define exactly as they
     * define it, change nothing when run a second time from the line's start, and lint with no error.
     *
     * @param line       its name
     * @param buildsOn   the modules it says it builds on
     * @param migrations how many of its migrations ran
     * @param failure    why its migrations (or the modules' under it) do not run, or {@code null}
     * @param altered    objects of the models it changed or removed (the models are expected)
     * @param rerun      what a second run from the line's start changed (the first run is expected)
     * @param owned      what it adds: its tables, and columns, indexes, constraints on the modules' tables
     * @param lintErrors error-level findings of its SQL migrations
     */
    public record LineCheck(String line, List<String> buildsOn, int migrations, String failure, List<Difference> altered,
                            List<Difference> rerun, List<Difference> owned, List<Finding> lintErrors) {

        public LineCheck {
            buildsOn = List.copyOf(buildsOn);
            altered = List.copyOf(altered);
            rerun = List.copyOf(rerun);
            owned = List.copyOf(owned);
            lintErrors = List.copyOf(lintErrors);
        }

        /** Runs, keeps the models, re-runs to the same schema and lints clean. */
        public boolean passed() {
            return failure == null && altered.isEmpty() && rerun.isEmpty() && lintErrors.isEmpty();
        }
    }

    /** Every module and every service line passed. */
    public boolean passed() {
        return modules.stream().allMatch(ModuleCheck::passed) && serviceLines.stream().allMatch(LineCheck::passed);
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
            lintLines(lines, module.module(), module.lintErrors());
            boolean differs = module.baselines().stream().anyMatch(baseline -> !baseline.differences().isEmpty());
            if (differs) {
                lines.add("    the missing migration: " + diffCommand.apply(module.module()));
            }
        }
        serviceLines.forEach(line -> lineLines(lines, line));
        long failed = modules.stream().filter(module -> !module.passed()).count();
        long failedLines = serviceLines.stream().filter(line -> !line.passed()).count();
        String linesCount = serviceLines.size() + (serviceLines.size() == 1 ? " service line" : " service lines");
        if (serviceLines.isEmpty() || failed + failedLines == 0) {
            lines.add(failed == 0 ? "Every module's baselines and migrations reach its models ("
                    + modules.size() + (modules.size() == 1 ? " module" : " modules")
                    + (serviceLines.isEmpty() ? ")." : "), and every service line keeps them (" + linesCount + ").")
                    : failed + " of " + modules.size() + " modules fail the check.");
        } else {
            lines.add(failed + " of " + modules.size() + " modules and " + failedLines + " of " + linesCount
                    + " fail the check.");
        }
        return lines;
    }

    private static void lineLines(List<String> lines, LineCheck line) {
        String ran = line.migrations() == 1 ? "1 migration" : line.migrations() + " migrations";
        String verdict;
        if (line.failure() != null) {
            verdict = "the migrations do not run";
        } else if (!line.altered().isEmpty()) {
            verdict = "changes " + line.altered().size() + (line.altered().size() == 1 ? " object" : " objects")
                    + " of the models";
        } else if (!line.rerun().isEmpty()) {
            verdict = "a second run changes " + line.rerun().size() + (line.rerun().size() == 1 ? " object" : " objects");
        } else {
            verdict = "keeps the models, adds " + line.owned().size() + (line.owned().size() == 1 ? " object" : " objects");
        }
        lines.add(String.format("%-13s service line + %-13s %s", line.line(), ran, verdict));
        if (line.failure() != null) {
            lines.add("    " + line.failure());
        }
        line.altered().forEach(difference -> lines.add("    changes  " + difference));
        if (line.altered().isEmpty()) {
            line.rerun().forEach(difference -> lines.add("    re-run   " + difference));
        }
        line.owned().forEach(difference -> lines.add("    adds     " + difference));
        lintLines(lines, line.line(), line.lintErrors());
    }

    private static void lintLines(List<String> lines, String name, List<Finding> errors) {
        for (Finding finding : errors) {
            lines.add("    " + finding.file() + ":" + finding.line() + ":" + finding.column() + " " + finding.rule()
                    + " " + finding.message());
        }
        if (!errors.isEmpty()) {
            lines.add(String.format("%-13s %d lint %s in its migrations", name, errors.size(),
                    errors.size() == 1 ? "error" : "errors"));
        }
    }
}
