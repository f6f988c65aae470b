package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The service lines {@code migrate} and {@code status} run after the modules: every line a jar on the
 * classpath announces ({@link ServiceLine} through {@code ServiceLoader}), plus each {@code --service-line}.
 */
public final class ServiceLineOptions {

    @Option(names = "--service-line", paramLabel = "NAME=LOCATION",
            description = "A service's own migration line, run after every selected module: its name (history "
                    + "table aicare_service_history_NAME) and its Flyway location (filesystem:DIR or classpath:PATH). "
                    + "Repeatable. Lines that jars on the classpath announce are always included.")
    private List<String> declared;

    /** The discovered and the declared lines over these modules; a malformed option is a usage error. */
    List<ServiceLine> lines(ModelCatalog catalog) {
        List<ServiceLine> lines = new ArrayList<>(ServiceLines.discover());
        ClassLoader loader = ServiceLineOptions.class.getClassLoader();
        for (String option : declared == null ? List.<String>of() : declared) {
            int equals = option.indexOf('=');
            if (equals <= 0 || equals == option.length() - 1) {
                throw new UserError(2, "--service-line " + option + ": expected NAME=LOCATION, "
                        + "e.g. journal=filesystem:db/service");
            }
            lines.add(ServiceLine.of(option.substring(0, equals), option.substring(equals + 1),
                    catalog.moduleNames(), loader));
        }
        return lines;
    }
}
