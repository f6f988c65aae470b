package id.ac.ugm.aicare.model.core.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schemas a module released, kept in its jar: {@code META-INF/aicare/baselines/<module>/V<version>.sql},
 * each the module's DDL (what {@code ddl --module <module>} printed) at that version. A fresh database
 * is created from today's models and stamped at the newest of them; an older database reaches the
 * models through the migrations after its own one. Written by the CLI's {@code baseline} command,
 * never by hand; read here, from the class loader of the module's class (what
 * {@code ModelModule.baselineVersion()} does by default).
 */
public final class BaselineSnapshots {

    /** The folder of every module's snapshots in a jar. */
    public static final String FOLDER = "META-INF/aicare/baselines/";

    private static final Pattern FILE = Pattern.compile("V(\\d+(?:\\.\\d+)*)\\.sql");

    /** Listing a folder of a large jar is not free, and the modules' jars do not change while they are loaded. */
    private static final Map<ClassLoader, Map<String, List<BaselineVersion>>> LISTED = new WeakHashMap<>();

    private BaselineSnapshots() {
    }

    /** The resource path of a module's snapshot of that version. */
    public static String resource(String module, String version) {
        return folder(module) + fileName(version);
    }

    /** {@code V<version>.sql}. */
    public static String fileName(String version) {
        return "V" + BaselineVersion.parse(version) + ".sql";
    }

    /** The versions of the snapshots of the module of that name that the loader sees, oldest first. */
    public static List<BaselineVersion> versions(ClassLoader loader, String module) {
        synchronized (LISTED) {
            return LISTED.computeIfAbsent(loader, key -> new java.util.HashMap<>())
                    .computeIfAbsent(module, name -> list(loader, name));
        }
    }

    /** The newest snapshot's version, if the module has any. */
    public static Optional<BaselineVersion> newest(ClassLoader loader, String module) {
        List<BaselineVersion> versions = versions(loader, module);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The text of the snapshot of that module and version that the loader sees. */
    public static String read(ClassLoader loader, String module, BaselineVersion version) {
        String path = resource(module, version.toString());
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("module " + module + " has no baseline snapshot " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static List<BaselineVersion> list(ClassLoader loader, String module) {
        List<BaselineVersion> versions = new ArrayList<>();
        for (String name : ResourceFolder.fileNames(loader, folder(module))) {
            Matcher matcher = FILE.matcher(name);
            if (matcher.matches()) {
                versions.add(BaselineVersion.parse(matcher.group(1)));
            }
        }
        Collections.sort(versions);
        return List.copyOf(versions);
    }

    private static String folder(String module) {
        return FOLDER + module + "/";
    }
}
