package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.check.BaselineSnapshotWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baseline --module clinical --dir aicare-model-clinical/src/main/resources}: stores the module's released schema. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {
                "Write the baseline snapshot of a model module: its DDL (what ddl --module NAME prints) as "
                        + "DIR/META-INF/aicare/baselines/<module>/V<version>.sql, at the version its models now include "
                        + "(the newest of its migrations and snapshots; 1 when it has neither). The module's "
                        + "baselineVersion() follows the newest snapshot in its jar, so fresh databases are created "
                        + "and stamped at it. Needs no database. Never replaces a snapshot with other content."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, or already there with the same content",
                "1:a snapshot of that version exists with other content (the models changed without a migration)",
                "2:bad options, an unknown module, or the folder cannot be written"})
final class BaselineCommand implements Callable<Integer> {

    @Option(names = "--module", required = true, paramLabel = "NAME", description = "The model module, e.g. clinical.")
    private String module;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "The module's resources folder, e.g. aicare-model-clinical/src/main/resources.")
    private Path dir;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BaselineSnapshotWriter.Written written = BaselineSnapshotWriter.write(ModelCatalog.discover(), module, dir);
        out.println((written.unchanged() ? "unchanged " : "wrote ") + written.file() + " (module " + written.module()
                + ", baseline " + written.version() + ")");
        out.flush();
        return 0;
    }
}
