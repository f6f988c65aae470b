package id.ac.ugm.aicare.model.core.baseline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The names of the files directly in a folder of the class path, from every jar and directory that
 * has it. A class loader cannot list a folder by itself; the two forms a module's resources take (a
 * directory, {@code file:}, in a build; a jar, {@code jar:}, once packaged, nested jars of a Spring
 * Boot application included) are read here. The snapshots' folder and a module's migration folder
 * are listed with it.
 */
public final class ResourceFolder {

    private static final Map<JarFile, NavigableSet<String>> ENTRY_NAMES = new WeakHashMap<>();

    private ResourceFolder() {
    }

    /** File names (not paths) directly in {@code folder} (ending in "/"), sorted. */
    public static List<String> fileNames(ClassLoader loader, String folder) {
        return list(loader, folder, false);
    }

    /** Paths relative to {@code folder} (ending in "/") of every file in it and its subfolders, sorted. */
    public static List<String> filesBelow(ClassLoader loader, String folder) {
        return list(loader, folder, true);
    }

    private static List<String> list(ClassLoader loader, String folder, boolean recursive) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(folder);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    addFromDirectory(url, names, recursive);
                } else {
                    addFromJar(url, folder, names, recursive);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + " on the class path", e);
        }
        return List.copyOf(names);
    }

    private static void addFromDirectory(URL url, TreeSet<String> names, boolean recursive) throws IOException {
        Path root;
        try {
            root = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable class path URL " + url, e);
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root, recursive ? Integer.MAX_VALUE : 1)) {
            files.filter(java.nio.file.Files::isRegularFile)
                    .forEach(file -> names.add(root.relativize(file).toString().replace(File.separatorChar, '/')));
        }
    }

    private static void addFromJar(URL url, String folder, TreeSet<String> names, boolean recursive) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IllegalStateException("cannot list " + folder + " in " + url.getProtocol() + ": resources; "
                    + "only directories and jars can be listed");
        }
        jar.setUseCaches(true);
        JarFile file = jar.getJarFile();
        String prefix = jar.getEntryName() == null ? folder : jar.getEntryName();
        if (!prefix.endsWith("/")) {
            prefix += "/";
        }
        for (String name : entryNames(file).subSet(prefix, false, prefix + Character.MAX_VALUE, false)) {
            if (!name.endsWith("/") && (recursive || name.indexOf('/', prefix.length()) < 0)) {
                names.add(name.substring(prefix.length()));
            }
        }
    }

    /**
     * Every entry name of the jar, read once per jar: a service's start-up lists several folders of
     * each model jar (every module's snapshots and migrations), and in a fat jar of twenty thousand
     * entries each listing used to walk them all. The jar is the class loader's cached one, which
     * does not change while it is open.
     */
    private static NavigableSet<String> entryNames(JarFile file) {
        synchronized (ENTRY_NAMES) {
            NavigableSet<String> names = ENTRY_NAMES.get(file);
            if (names == null) {
                names = new TreeSet<>();
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    names.add(entries.nextElement().getName());
                }
                names = Collections.unmodifiableNavigableSet(names);
                ENTRY_NAMES.put(file, names);
            }
            return names;
        }
    }
}
