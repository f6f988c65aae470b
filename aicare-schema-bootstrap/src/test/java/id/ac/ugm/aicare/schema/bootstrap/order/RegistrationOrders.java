package id.ac.ugm.aicare.schema.bootstrap.order;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The orders in which a program may hand the model entities to Hibernate: as the modules announce
 * them, reversed, by class name, as a classpath scan of the model package finds them (what
 * {@code @EntityScan("id.ac.ugm.aicare.model")} does), and three seeded shuffles.
 */
final class RegistrationOrders {

    private static final String MODEL_PACKAGE = "id/ac/ugm/aicare/model/";
    private static final long[] SEEDS = {11L, 13L, 2026L};

    private RegistrationOrders() {
    }

    /** Each order by name, every one holding the same entities. */
    static Map<String, List<Class<?>>> all() {
        List<Class<?>> spi = spiOrder();
        Map<String, List<Class<?>>> orders = new LinkedHashMap<>();
        orders.put("SPI order", spi);
        List<Class<?>> reversed = new ArrayList<>(spi);
        Collections.reverse(reversed);
        orders.put("reversed", reversed);
        orders.put("by class name", spi.stream().sorted(Comparator.comparing(Class::getName)).toList());
        orders.put("classpath scan", classpathScanOrder());
        for (long seed : SEEDS) {
            List<Class<?>> shuffled = new ArrayList<>(spi);
            Collections.shuffle(shuffled, new Random(seed));
            orders.put("shuffled with seed " + seed, shuffled);
        }
        return orders;
    }

    /** Module by module in the order {@link ServiceLoader} finds them, each module's own list. */
    static List<Class<?>> spiOrder() {
        List<Class<?>> classes = new ArrayList<>();
        ServiceLoader.load(ModelModule.class).forEach(module -> classes.addAll(module.entityClasses()));
        return classes;
    }

    /** Every {@code @Entity} under the model package, in the order the class path lists the files. */
    static List<Class<?>> classpathScanOrder() {
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = RegistrationOrders.class.getClassLoader().getResources(MODEL_PACKAGE);
            while (roots.hasMoreElements()) {
                for (String className : classNamesUnder(roots.nextElement())) {
                    Class<?> type = Class.forName(className);
                    if (type.isAnnotationPresent(Entity.class)) {
                        classes.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static List<String> classNamesUnder(URL root) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(MODEL_PACKAGE) && entry.endsWith(".class")) {
                        names.add(className(entry));
                    }
                }
            }
            return names;
        }
        Path directory = Path.of(root.toURI());
        Path classesRoot = directory.getRoot().resolve(directory.subpath(0,
                directory.getNameCount() - Path.of(MODEL_PACKAGE).getNameCount()));
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .forEach(file -> names.add(className(classesRoot.relativize(file).toString().replace('\\', '/'))));
        }
        return names;
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
