package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleState;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLineStatus;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.ModuleStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** One line per module: baseline, applied and pending migrations, and whether the live schema matches the models. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {
                "Show, per model module, the baseline its history was stamped at, the migrations applied since and "
                        + "still pending, and whether its live tables match the models (--verbose lists the "
                        + "migrations and every difference). Changes nothing: the models are rendered for the "
                        + "comparison in a scratch schema inside a transaction that is rolled back."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every module is initialised, migrated and matches the models",
                "1:the database failed",
                "2:bad options, or the output could not be written",
                "3:a migration is recorded as failed (see repair)",
                "4:drift: a module's tables differ from the models, or only some of them exist",
                "5:a module is not initialised or has pending migrations",
                "When several apply, the lowest of 3, 4 and 5 is the exit code."})
final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-13s %-9s %-8s %-8s %-8s %s";

    static final int FAILED = 3;
    static final int DRIFT = 4;
    static final int PENDING = 5;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @CommandLine.Mixin
    private ModuleOptions modules;

    @CommandLine.Mixin
    private ServiceLineOptions serviceLines;

    @CommandLine.ArgGroup(exclusive = true)
    private Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SchemaBootstrap bootstrap = InitCommand.bootstrap(database, modules.selected(), serviceLines::lines, Duration.ZERO,
                verbosity, out);
        StatusReport report;
        report = bootstrap.status();
        out.println(String.format(Locale.ROOT, ROW, "module", "baseline", "version", "applied", "pending",
                "live schema (schema " + report.schema() + ")"));
        for (ModuleStatus module : report.modules()) {
            if (verbosity.quiet && module.upToDate()) {
                continue;
            }
            out.println(String.format(Locale.ROOT, ROW, module.module(), orDash(module.baselineVersion()),
                    orDash(module.currentVersion()), count(module, module.applied()), count(module, module.pending()),
                    schemaText(module)));
            if (verbosity.verbose) {
                module.failed().forEach(migration -> out.println("    failed   " + migrationText(migration)
                        + ": recorded as failed; fix it, then repair --module " + module.module() + " and migrate"));
                module.applied().forEach(migration -> out.println("    applied  " + migrationText(migration)));
                module.pending().forEach(migration -> out.println("    pending  " + migrationText(migration)));
                module.differences().forEach(difference -> out.println("    " + difference));
            }
        }
        printServiceLines(report, out);
        long attention = report.modules().stream().filter(module -> !module.upToDate()).count();
        out.println(attention == 0 ? "Every module is initialised, migrated and matches the models."
                : attention + " of " + report.modules().size() + " modules need attention"
                + (verbosity.verbose ? "." : " (--verbose lists migrations and differences)."));
        out.flush();
        return exitCode(report);
    }

    /** What CI and readiness probes gate on: the most serious state of any module. */
    static int exitCode(StatusReport report) {
        List<ModuleStatus> modules = report.modules();
        if (modules.stream().anyMatch(module -> !module.failed().isEmpty())) {
            return FAILED;
        }
        if (modules.stream().anyMatch(module -> module.state() != ModuleState.ABSENT && !module.matchesModels())) {
            return DRIFT;
        }
        return report.upToDate() ? 0 : PENDING;
    }

    /** One line per service line: its version, migrations and whether its objects are as its migrations make them. */
    private void printServiceLines(StatusReport report, PrintWriter out) {
        for (ServiceLineStatus line : report.serviceLines()) {
            if (verbosity.quiet && line.upToDate()) {
                continue;
            }
            int differences = line.differences().size();
            String schema = !line.started() ? "not started (migrate starts it)"
                    : differences == 0 ? "service line on " + String.join(", ", line.buildsOn()) + ": its "
                    + line.objects().size() + " object" + (line.objects().size() == 1 ? "" : "s") + " match"
                    : differences + " difference" + (differences == 1 ? "" : "s") + " from its migrations";
            out.println(String.format(Locale.ROOT, ROW, line.line(), "-", orDash(line.currentVersion()),
                    line.applied().size(), line.pending().size(), schema));
            if (verbosity.verbose) {
                line.objects().forEach(object -> out.println("    owns     " + object));
                line.applied().forEach(migration -> out.println("    applied  " + migrationText(migration)));
                line.pending().forEach(migration -> out.println("    pending  " + migrationText(migration)));
                line.differences().forEach(difference -> out.println("    " + difference));
            }
        }
        long attention = report.serviceLines().stream().filter(line -> !line.upToDate()).count();
        if (!report.serviceLines().isEmpty()) {
            out.println(attention == 0 ? "Every service line is migrated and its objects match."
                    : attention + " of " + report.serviceLines().size() + " service lines need attention.");
        }
    }

    private static String schemaText(ModuleStatus module) {
        int differences = module.differences().size();
        String tables = module.tables() + " table" + (module.tables() == 1 ? "" : "s");
        String compared = module.matchesModels() ? "matches the models (" + tables + ")"
                : differences + " difference" + (differences == 1 ? "" : "s") + " from the models";
        String failed = module.failed().isEmpty() ? "" : module.failed().size() + " failed migration"
                + (module.failed().size() == 1 ? "" : "s") + " (" + module.failed().stream().map(Migration::label)
                .collect(Collectors.joining(", ")) + "; see repair); ";
        return switch (module.state()) {
            case INITIALISED -> failed + compared;
            case ABSENT -> "not initialised: none of its " + tables + " exist (init creates them)";
            case PRESENT -> "not initialised: all " + tables + " exist and " + (module.matchesModels()
                    ? "match the models (init adopts them)" : "differ from the models (init refuses): " + compared);
            case PARTIAL -> "not initialised: " + module.presentTables() + " of its " + tables
                    + " exist (init refuses)";
        };
    }

    private static String count(ModuleStatus module, List<Migration> migrations) {
        return module.baselineVersion() == null && module.currentVersion() == null ? "-"
                : Integer.toString(migrations.size());
    }

    private static String migrationText(Migration migration) {
        return "V" + migration.version() + " " + migration.description()
                + (migration.installedOn() == null ? "" : " (" + migration.installedOn() + ")");
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
