package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitRefusedException;
import id.ac.ugm.aicare.schema.engine.bootstrap.ProgressPrinter;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Creates or adopts the models' tables and stamps each module's Flyway history at its baseline. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {
                "Create every table of every model module on the classpath, in one transaction, and stamp each "
                        + "module's Flyway history at the version its models include.",
                "A module whose tables all exist already (an earlier backend built them) is compared with the models "
                        + "and, if equal, only stamped; if not, every difference is printed, nothing is changed and "
                        + "the exit code is 1. A module with only some of its tables is refused. Modules that already "
                        + "have their history are left alone, so running init again is a no-op. Tables of other "
                        + "products are never touched. Safe to run by many instances at once."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:initialised, adopted, or already initialised",
                "1:refused (tables differ or are incomplete), or the database failed; nothing was changed",
                "2:bad options"})
final class InitCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private DatabaseOptions database;

    @CommandLine.Mixin
    private ModuleOptions modules;

    @CommandLine.Mixin
    private LockTimeoutOption lockTimeout;

    @CommandLine.ArgGroup(exclusive = true)
    private Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SchemaBootstrap bootstrap = bootstrap(database, modules.selected(), catalog -> List.of(), lockTimeout.value(),
                verbosity, out); // init runs no service line
        try {
            bootstrap.init();
        } catch (InitRefusedException e) {
            String url = "jdbc:postgresql://" + database.describe();
            e.describe().forEach(line -> out.println(line.replace(InitRefusedException.URL_PLACEHOLDER, url)));
            out.flush();
            throw e;
        } finally {
            out.flush();
        }
        return 0;
    }

    /**
     * A bootstrap for the command's database and these modules (every one on the classpath when
     * empty) with the service lines {@code serviceLines} gives for them, after checking the options
     * (an unknown module or a bad line is a usage error, before any connection) and that the database
     * can be reached (a one-line error naming host, port, database and cause otherwise), printing
     * progress to {@code out}.
     */
    static SchemaBootstrap bootstrap(DatabaseOptions database, List<String> modules,
                                     Function<ModelCatalog, List<ServiceLine>> serviceLines, Duration lockTimeout,
                                     Verbosity verbosity, PrintWriter out) {
        ModelCatalog catalog = modules.isEmpty() ? ModelCatalog.discover() : ModelCatalog.discover().select(modules);
        SchemaBootstrap bootstrap = SchemaBootstrap.configure(database.dataSource())
                .catalog(catalog)
                .serviceLines(serviceLines.apply(catalog))
                .listener(new ProgressPrinter(line -> {
                    out.println(line);
                    out.flush();
                }, verbosity.detail()))
                .lockTimeout(lockTimeout)
                .load();
        try {
            database.connect().close(); // reachable, the database exists and the password is right
        } catch (SQLException e) {
            throw new UserError(1, "cannot connect to " + database.describe() + ": " + e.getMessage());
        }
        if (verbosity.detail() != ProgressPrinter.Detail.QUIET) {
            out.println("Database " + database.describe() + "; modules " + String.join(", ",
                    bootstrap.catalog().moduleNames()) + ".");
        }
        return bootstrap;
    }
}
