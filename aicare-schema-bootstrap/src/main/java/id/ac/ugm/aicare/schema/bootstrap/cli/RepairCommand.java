package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan;
import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan.ModulePlan;
import id.ac.ugm.aicare.schema.engine.bootstrap.RepairPlan.Realignment;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code repair --module finance}: Flyway's repair of the named modules' histories, shown first and confirmed. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {
                "Repair the Flyway history of the named modules (only those, not the modules they depend on) after a "
                        + "migration that ran outside a transaction failed: remove the rows of failed migrations so "
                        + "that migrate runs them again, realign the recorded checksum, description and type of "
                        + "applied migrations with their files, and mark applied migrations whose file is gone as "
                        + "deleted. Only the history changes: check and undo by hand what a failed migration did "
                        + "before failing, or make it idempotent (the helpers are).",
                "Prints every row it will change, then asks for confirmation on the terminal; --yes skips the "
                        + "question. Without a terminal and without --yes it refuses before connecting."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:repaired, or nothing to repair",
                "1:declined, the histories changed meanwhile, or the database failed; nothing was changed",
                "2:bad options, or no terminal to confirm on and no --yes"})
final class RepairCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--module", required = true, paramLabel = "NAME", split = ",",
            description = "The modules whose history to repair (repeatable or comma-separated).")
    private List<String> modules;

    @Option(names = "--yes", description = "Repair without asking (for scripts; read the plan it prints).")
    private boolean yes;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Console console = System.console();
        if (!yes && console == null) {
            throw new UserError(2, "repair asks for confirmation on a terminal and there is none; read the plan "
                    + "(status --verbose) and pass --yes");
        }
        SchemaBootstrap bootstrap = InitCommand.bootstrap(database, modules, catalog -> List.of(),
                Duration.ofSeconds(LockTimeoutOption.DEFAULT_SECONDS), new Verbosity(), out); // repairs modules only
        try {
            RepairPlan plan = bootstrap.repairPlan(modules);
            if (plan.changesNothing()) {
                out.println("Nothing to repair: the history of module" + (modules.size() == 1 ? " " : "s ")
                        + String.join(", ", modules) + " has no failed, changed or missing migration.");
                return 0;
            }
            plan.modules().forEach(module -> describe(module, out));
            out.flush();
            if (!yes && !confirmed(console)) {
                throw new UserError(1, "not confirmed; nothing was changed");
            }
            RepairPlan done = bootstrap.repair(plan);
            done.modules().stream().filter(module -> !module.changesNothing()).forEach(module -> out.println(
                    "Repaired the history of module " + module.module() + (module.failed().isEmpty() ? "."
                            : "; migrate runs " + labels(module.failed()) + " again.")));
            return 0;
        } finally {
            out.flush();
        }
    }

    private static void describe(ModulePlan module, PrintWriter out) {
        if (module.changesNothing()) {
            out.println("module " + module.module() + ": nothing to repair");
            return;
        }
        out.println("module " + module.module() + " (" + module.historyTable() + "):");
        module.failed().forEach(migration -> out.println("  remove the failed row of " + migrationText(migration)
                + "; what it did before failing stays"));
        for (Realignment change : module.realigned()) {
            out.println("  realign the " + change.what() + " of V" + change.version() + " (" + change.description()
                    + "): recorded " + change.recorded() + ", file " + change.resolved());
        }
        module.missing().forEach(migration -> out.println("  mark " + migrationText(migration)
                + " deleted: its file is not on the classpath"));
    }

    private static boolean confirmed(Console console) {
        String answer = console.readLine("Change these history rows? Type yes to go on: ");
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    private static String migrationText(Migration migration) {
        return migration.label() + (migration.installedOn() == null ? "" : ", run " + migration.installedOn());
    }

    private static String labels(List<Migration> migrations) {
        return String.join(", ", migrations.stream().map(Migration::label).toList());
    }
}
