package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapException;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import id.ac.ugm.aicare.schema.engine.check.CheckReport;
import id.ac.ugm.aicare.schema.engine.check.MigrationCheck;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** For every module and every baseline snapshot it released: snapshot plus later migrations equals the models. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
                "Check, for every model module on the classpath and every baseline snapshot it released "
                        + "(META-INF/aicare/baselines/<module>/V<version>.sql), that the snapshot plus the module's "
                        + "migrations after it give exactly the models' schema, and that its SQL migrations lint with "
                        + "no error. Each service line (discovered, or given with --service-line) is applied on top of "
                        + "the modules: it must leave the models' objects as they are, change nothing when run again, "
                        + "and lint with no error. The snapshots and migrations are replayed in scratch schemas on the server of "
                        + "--url, inside a transaction that is rolled back: the database is not changed (the user "
                        + "needs the CREATE privilege on it)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every module passes",
                "1:a difference, a migration that does not run, a lint error or a missing snapshot (all listed, with "
                        + "the diff command that writes the missing migration); or the database failed",
                "2:bad options"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private DatabaseOptions database;

    @CommandLine.Mixin
    private ModuleOptions modules;

    @CommandLine.Mixin
    private ServiceLineOptions serviceLines;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ModelCatalog catalog = ModelCatalog.discover();
        MigrationCheck check = MigrationCheck.forDataSource(database.dataSource()).catalog(catalog);
        if (!modules.selected().isEmpty()) {
            modules.selected().forEach(catalog::module); // an unknown module is a usage error, before any connection
            check.modules(modules.selected());
        }
        List<ServiceLine> lines;
        try {
            lines = ServiceLines.checked(serviceLines.lines(catalog), catalog);
        } catch (SchemaBootstrapException e) {
            throw new UserError(2, e.getMessage()); // a malformed line is refused before any connection
        }
        check.serviceLines(lines);
        try {
            database.connect().close();
        } catch (SQLException e) {
            throw new UserError(1, "cannot connect to " + database.describe() + ": " + e.getMessage());
        }
        out.println("Database " + database.describe() + " (scratch schemas only, rolled back); modules "
                + String.join(", ", modules.selected().isEmpty() ? catalog.moduleNames() : modules.selected())
                + (lines.isEmpty() ? "" : "; service lines " + String.join(", ", lines.stream().map(ServiceLine::name)
                .toList())) + ".");
        out.flush();
        CheckReport report = check.run();
        String url = "jdbc:postgresql://" + database.describe();
        report.lines(module -> "aicare-schema diff --module " + module + " --url " + url).forEach(out::println);
        out.flush();
        return report.passed() ? 0 : 1;
    }
}
