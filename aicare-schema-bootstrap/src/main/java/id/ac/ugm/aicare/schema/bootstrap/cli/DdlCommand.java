package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints or writes the combined PostgreSQL DDL of the model modules, without a database. */
@Command(name = "ddl", mixinStandardHelpOptions = true,
        description = "Print the PostgreSQL DDL of every model module on the classpath, in module dependency order. "
                + "Needs no database; the output is the same bytes on every run.")
final class DdlCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "FILE", description = "Write the DDL to FILE instead of standard output.")
    private Path output;

    @CommandLine.Mixin
    private ModuleOptions modules;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelCatalog catalog = ModelCatalog.discover();
        if (!modules.selected().isEmpty()) {
            catalog = catalog.select(modules.selected());
        }
        String ddl = ModelSchema.of(catalog).ddl();
        if (output == null) {
            spec.commandLine().getOut().print(ddl);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, ddl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(2, "cannot write " + output + ": " + e.getMessage());
        }
        return 0;
    }
}
