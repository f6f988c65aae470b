package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --module} selection every schema command shares: the named modules plus their dependencies. */
public final class ModuleOptions {

    @Option(names = "--module", paramLabel = "NAME", split = ",",
            description = "Only these modules and the modules they depend on (repeatable or comma-separated).")
    private List<String> modules;

    /** The selected module names, or an empty list for every module on the classpath. */
    public List<String> selected() {
        return modules == null ? List.of() : List.copyOf(modules);
    }
}
