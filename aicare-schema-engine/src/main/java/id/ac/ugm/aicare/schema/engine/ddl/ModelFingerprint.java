package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What a module's rendered schema depends on, as one hash: the class files of the module and of
 * every module it depends on (entities, enums, embeddables, converters: everything under each
 * module's package), of core, of the renderer and of the identifier quoting, and Hibernate's
 * version. A schema file whose fingerprint differs from the classes on the classpath (an entity
 * edited in an IDE without a Maven build, a different Hibernate) is not used: the models are
 * rendered instead. Reads each jar's central directory (the CRC of every entry), not the classes.
 */
final class ModelFingerprint {

    private static final List<String> LIBRARY_PACKAGES = List.of("id.ac.ugm.aicare.model.core",
            ModelFingerprint.class.getPackageName(), ModelMetadata.class.getPackageName(), SqlIdentifiers.class.getPackageName());

    private final ModelCatalog catalog;
    /** The folders of every package that counts: a jar's other entries (thousands, in a fat jar) are skipped. */
    private final List<String> prefixes = new ArrayList<>();
    private final Map<Path, TreeMap<String, Long>> entriesByLocation = new HashMap<>();

    ModelFingerprint(ModelCatalog catalog) {
        this.catalog = catalog;
        LIBRARY_PACKAGES.forEach(name -> prefixes.add(prefixOf(name)));
        catalog.modules().forEach(module -> prefixes.add(prefixOf(module.getClass().getPackageName())));
    }

    /** The fingerprint of that module of the catalog, or empty where a class's location cannot be read (nested jars). */
    Optional<String> of(String module) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "hibernate " + org.hibernate.Version.getVersionString());
            boolean readable = addPackage(digest, ModelModule.class, LIBRARY_PACKAGES.get(0))
                    && addPackage(digest, ModelSchema.class, LIBRARY_PACKAGES.get(1))
                    && addPackage(digest, ModelMetadata.class, LIBRARY_PACKAGES.get(2))
                    && addPackage(digest, SqlIdentifiers.class, LIBRARY_PACKAGES.get(3));
            for (ModelModule dependency : catalog.select(List.of(module)).modules()) {
                update(digest, "module " + dependency.name());
                readable = readable && addPackage(digest, dependency.getClass(), dependency.getClass().getPackageName());
            }
            if (!readable) {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Every class file under that package (and its subpackages) in the anchor's jar or folder: name and CRC. */
    private boolean addPackage(MessageDigest digest, Class<?> anchor, String packageName) {
        Optional<Path> location = location(anchor);
        if (location.isEmpty()) {
            return false;
        }
        String prefix = prefixOf(packageName);
        TreeMap<String, Long> entries = entriesByLocation.computeIfAbsent(location.get(), this::classEntries);
        update(digest, "package " + prefix);
        entries.subMap(prefix, prefix + Character.MAX_VALUE)
                .forEach((name, crc) -> update(digest, name + ' ' + Long.toHexString(crc)));
        return true;
    }

    private static Optional<Path> location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String prefixOf(String packageName) {
        return packageName.replace('.', '/') + '/';
    }

    private boolean counts(String name) {
        return name.endsWith(".class") && prefixes.stream().anyMatch(name::startsWith);
    }

    private TreeMap<String, Long> classEntries(Path location) {
        TreeMap<String, Long> entries = new TreeMap<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = location.relativize(file).toString().replace(location.getFileSystem().getSeparator(), "/");
                        if (!counts(name)) {
                            continue;
                        }
                        CRC32 crc = new CRC32();
                        crc.update(Files.readAllBytes(file));
                        entries.put(name, crc.getValue());
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile(), false)) {
                    List<JarEntry> classes = new ArrayList<>();
                    jar.stream().filter(entry -> counts(entry.getName())).forEach(classes::add);
                    classes.forEach(entry -> entries.put(entry.getName(), entry.getCrc()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes of " + location, e);
        }
        return entries;
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + '\n').getBytes(StandardCharsets.UTF_8));
    }
}
