package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.bootstrap.erd.DiagramFormat;
import id.ac.ugm.aicare.schema.bootstrap.erd.EntityDiagram;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints an entity-relationship diagram of the models: tables, key columns and foreign keys. */
@Command(name = "erd", mixinStandardHelpOptions = true,
        description = "Print an entity-relationship diagram of the model modules on the classpath: each table with "
                + "its primary and foreign key columns, and a line per foreign key. Needs no database; the output "
                + "is the same bytes on every run.")
final class ErdCommand implements Callable<Integer> {

    @Option(names = "--module", paramLabel = "NAME", split = ",",
            description = "Only the tables of these modules (repeatable or comma-separated); tables of other modules "
                    + "they point to appear by name only. Default: every module.")
    private List<String> modules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default) or dot.")
    private DiagramFormat format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelCatalog catalog = ModelCatalog.discover();
        List<String> selected = modules == null ? List.of() : List.copyOf(modules);
        selected.forEach(catalog::module); // an unknown name is an error naming the modules there are
        String diagram = format.render(EntityDiagram.of(ModelSchema.of(catalog).metadata(), selected));
        spec.commandLine().getOut().print(diagram);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
