package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/** Finding service lines and checking them against the catalog before any SQL is sent. */
public final class ServiceLines {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private ServiceLines() {
    }

    /** Every line announced on the thread's context class loader (or this class's loader). */
    public static List<ServiceLine> discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : ServiceLines.class.getClassLoader());
    }

    /** Every line announced on the given class loader, by name. */
    public static List<ServiceLine> discover(ClassLoader loader) {
        List<ServiceLine> found = new ArrayList<>();
        ServiceLoader.load(ServiceLine.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(ServiceLine::name));
        return List.copyOf(found);
    }

    /**
     * The lines, by name, once each is known to be well formed for this catalog.
     *
     * @throws SchemaBootstrapException naming the line and what is wrong with it
     */
    public static List<ServiceLine> checked(Collection<ServiceLine> lines, ModelCatalog catalog) {
        Set<String> names = new HashSet<>();
        Set<String> historyTables = new HashSet<>();
        catalog.modules().forEach(module -> historyTables.add(module.historyTable()));
        for (ServiceLine line : lines) {
            String name = line.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new SchemaBootstrapException("service line name " + (name == null ? "null" : "'" + name + "'")
                        + " is not of the form [a-z][a-z0-9_]*");
            }
            if (catalog.moduleNames().contains(name)) {
                throw new SchemaBootstrapException("service line " + name + " has the name of a model module; "
                        + "give it a name of its own");
            }
            if (!names.add(name)) {
                throw new SchemaBootstrapException("two service lines are named " + name);
            }
            for (String module : line.buildsOn()) {
                if (!catalog.moduleNames().contains(module)) {
                    throw new SchemaBootstrapException("service line " + name + " builds on module " + module
                            + ", which is not among the modules (" + String.join(", ", catalog.moduleNames()) + ")");
                }
            }
            try {
                SqlIdentifiers.validate(line.historyTable());
            } catch (InvalidIdentifierException e) {
                throw new SchemaBootstrapException("service line " + name + ": history table: " + e.getMessage(), e);
            }
            if (!historyTables.add(line.historyTable())) {
                throw new SchemaBootstrapException("service line " + name + ": history table " + line.historyTable()
                        + " is already used by another module or line");
            }
            requireLocation(line);
        }
        return lines.stream().sorted(Comparator.comparing(ServiceLine::name)).toList();
    }

    /** A location that does not exist is a typo far more often than a line with no migrations yet. */
    private static void requireLocation(ServiceLine line) {
        String location = line.migrationLocation();
        boolean found;
        if (location != null && location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
            found = line.classLoader().getResource(path) != null;
        } else if (location != null && location.startsWith("filesystem:")) {
            found = Files.isDirectory(Path.of(location.substring("filesystem:".length())));
        } else {
            throw new SchemaBootstrapException("service line " + line.name() + ": location " + location
                    + " must start with classpath: or filesystem:");
        }
        if (!found) {
            throw new SchemaBootstrapException("service line " + line.name() + ": migration location " + location
                    + " does not exist");
        }
    }

    /** The line seen as a module without entities, so that Flyway is configured in one place for both. */
    public static LineModule asModule(ServiceLine line) {
        return new LineModule(line);
    }

    /** A service line in the shape of a module: no tables of its own in the models, history started at 0. */
    public record LineModule(ServiceLine line) implements ModelModule {
        static final String START_VERSION = "0";

        @Override
        public String name() {
            return line.name();
        }

        @Override
        public List<Class<?>> entityClasses() {
            return List.of();
        }

        @Override
        public List<String> dependsOn() {
            return line.buildsOn();
        }

        @Override
        public String migrationLocation() {
            return line.migrationLocation();
        }

        @Override
        public String historyTable() {
            return line.historyTable();
        }

        @Override
        public String baselineVersion() {
            return START_VERSION;
        }
    }
}
