package id.ac.ugm.aicare.schema.engine.ddl.internal;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The build step of every model module (the parent pom runs it at process-classes): renders the
 * modules whose classes are in the given output folder, with the modules they depend on from the
 * classpath, and writes each one's build-time schema file into that folder, so that the jar
 * carries it.
 *
 * <p>usage: {@code WriteModuleSchemas OUTPUT_DIRECTORY}
 */
public final class WriteModuleSchemas {

    /** Held so that the level sticks: java.util.logging keeps loggers weakly. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private WriteModuleSchemas() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WriteModuleSchemas OUTPUT_DIRECTORY");
        }
        // The build's output is the build's: Hibernate's start-up INFO lines would fill it.
        HIBERNATE.setLevel(Level.WARNING);
        Path output = Path.of(args[0]).toAbsolutePath().normalize();
        ModelCatalog classpath = ModelCatalog.discover(WriteModuleSchemas.class.getClassLoader());
        List<String> own = classpath.modules().stream().filter(module -> isIn(module, output)).map(ModelModule::name).toList();
        if (own.isEmpty()) {
            throw new IllegalStateException("no model module's classes are in " + output
                    + " (is its META-INF/services entry there?)");
        }
        // Only the modules and what they depend on: another module on the (test) classpath could
        // otherwise be the first to introduce a shared enum type, and the file would lack it.
        ModelSchema schema = ModelSchema.of(classpath.select(own));
        for (String module : own) {
            Path file = output.resolve(ModelSchema.buildTimeResource(module));
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema.buildTimeFile(module), StandardCharsets.UTF_8);
        }
    }

    private static boolean isIn(ModelModule module, Path output) {
        CodeSource source = module.getClass().getProtectionDomain().getCodeSource();
        try {
            return source != null && Path.of(source.getLocation().toURI()).toAbsolutePath().normalize().equals(output);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
