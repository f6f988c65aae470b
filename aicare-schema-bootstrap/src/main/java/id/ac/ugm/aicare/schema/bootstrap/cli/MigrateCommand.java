package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.check.MigrationDryRun;
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
                        + "been initialised (see init). Running it again applies nothing.",
                "--dry-run prints, per module, the statements the pending migrations would send to this database "
                        + "(an SQL migration's statements as written; for a migration on the idempotent helpers, what "
                        + "they would send against this database's catalog) and changes nothing: no lock, no DDL or "
                        + "DML, no history. Service lines' migrations are not planned by --dry-run."},
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

    @CommandLine.Mixin
    private LockTimeoutOption lockTimeout;

    @Option(names = "--dry-run", description = "Print the statements the pending migrations would send; change nothing.")
    private boolean dryRun;

    @CommandLine.ArgGroup(exclusive = true)
    private Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SchemaBootstrap bootstrap = InitCommand.bootstrap(database, modules.selected(), serviceLines::lines,
                lockTimeout.value(), verbosity, out);
        if (dryRun) {
            MigrationDryRun.forDataSource(database.dataSource()).catalog(bootstrap.catalog()).run().lines()
                    .forEach(out::println);
            out.flush();
            return 0;
        }
        try {
            bootstrap.migrate();
        } finally {
            out.flush();
        }
        return 0;
    }
}
