package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Applies each module's pending Flyway migrations, in dependency order. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {
                "Apply each model module's pending migrations with Flyway (its own history table and migration "
                        + "location), modules in dependency order, under the schema lock. Every module must have "
                        + "been initialised (see init). Running it again applies nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:migrated, or nothing to migrate",
                "1:a module is not initialised, validation failed, or a migration failed (Flyway rolled it back)",
                "2:bad options"})
final class MigrateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private DatabaseOptions database;

    @CommandLine.Mixin
    private ModuleOptions modules;

    @CommandLine.Mixin
    private ServiceLineOptions serviceLines;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for another instance's schema lock; 0 waits for ever (default: ${DEFAULT-VALUE}).")
    private long lockTimeoutSeconds;

    @CommandLine.ArgGroup(exclusive = true)
    private InitCommand.Verbosity verbosity = new InitCommand.Verbosity();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SchemaBootstrap bootstrap = InitCommand.bootstrap(database, modules.selected(), lockTimeoutSeconds, verbosity, out);
        try {
            serviceLines.applyTo(bootstrap);
            bootstrap.migrate();
        } finally {
            out.flush();
        }
        return 0;
    }
}
