package id.ac.ugm.aicare.schema.engine.ddl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The class files next to an anchor class, by resource name, with the CRC-32 of each: the same
 * number whichever way the classes are packaged, so that a file written from a build's folders
 * checks against a jar, a shaded jar or a Spring Boot executable jar alike.
 *
 * <ul>
 * <li>a {@code file:} jar: central-directory lookups of the named entries (the CRC the entry
 * carries; nothing read, nothing enumerated, and the JDK shares the directory its class loader
 * already read);</li>
 * <li>a {@code file:} folder: the named files, read and CRC-ed;</li>
 * <li>anything else (a jar nested in a Spring Boot executable jar, another class loader): the
 * bytes through the anchor's class loader, CRC-ed.</li>
 * </ul>
 *
 * Only jars and folders can list their classes ({@link #names}): the build, which writes the
 * list, always has them.
 */
abstract sealed class ClassFiles implements AutoCloseable {

    /** What has been read: each name is looked up once however many modules record it. */
    private final Map<String, OptionalLong> crcByName = new HashMap<>();

    /** The CRC-32 of that class file's bytes, or empty when there is no such file. */
    final OptionalLong crc(String name) {
        return crcByName.computeIfAbsent(name, this::read);
    }

    abstract OptionalLong read(String name);

    /** Every class file under that folder prefix ({@code a/b/}), subfolders included, in no particular order. */
    abstract List<String> names(String prefix);

    @Override
    public void close() {
    }

    /** The class files where the anchor was loaded from. */
    static ClassFiles of(Class<?> anchor) {
        Path location = fileLocation(anchor);
        if (location == null) {
            return new ThroughLoader(anchor);
        }
        if (Files.isDirectory(location)) {
            return new InFolder(location);
        }
        try {
            return new InJar(new JarFile(location.toFile(), false));
        } catch (IOException e) {
            // Not a jar after all (or unreadable): the class loader read the class from it somehow.
            return new ThroughLoader(anchor);
        }
    }

    /** The jar or folder of the anchor's code source when it is a {@code file:} one that exists, else null. */
    static Path fileLocation(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.exists(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static long crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static final class InJar extends ClassFiles {

        private final JarFile jar;

        InJar(JarFile jar) {
            this.jar = jar;
        }

        @Override
        OptionalLong read(String name) {
            JarEntry entry = jar.getJarEntry(name);
            return entry == null || entry.getCrc() < 0 ? OptionalLong.empty() : OptionalLong.of(entry.getCrc());
        }

        @Override
        List<String> names(String prefix) {
            return jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(prefix) && name.endsWith(".class")).toList();
        }

        @Override
        public void close() {
            try {
                jar.close();
            } catch (IOException e) {
                // Read-only and done with: nothing is lost.
            }
        }
    }

    private static final class InFolder extends ClassFiles {

        private final Path folder;

        InFolder(Path folder) {
            this.folder = folder;
        }

        @Override
        OptionalLong read(String name) {
            try {
                return OptionalLong.of(crcOf(Files.readAllBytes(folder.resolve(name))));
            } catch (NoSuchFileException e) {
                return OptionalLong.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class file " + name + " in " + folder, e);
            }
        }

        @Override
        List<String> names(String prefix) {
            Path start = folder.resolve(prefix);
            if (!Files.isDirectory(start)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(start)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the class files under " + start, e);
            }
        }
    }

    private static final class ThroughLoader extends ClassFiles {

        private final Class<?> anchor;

        ThroughLoader(Class<?> anchor) {
            this.anchor = anchor;
        }

        @Override
        OptionalLong read(String name) {
            ClassLoader loader = anchor.getClassLoader();
            try (InputStream in = loader == null ? null : loader.getResourceAsStream(name)) {
                return in == null ? OptionalLong.empty() : OptionalLong.of(crcOf(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class file " + name + " through the class loader of " + anchor.getName(), e);
            }
        }

        @Override
        List<String> names(String prefix) {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            throw new IllegalStateException("cannot list the class files of " + anchor.getPackageName() + ": they are not in a jar or folder ("
                    + (source == null ? "no code source" : source.getLocation()) + ")");
        }
    }
}
