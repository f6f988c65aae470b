package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.RenderedFrom.ClassGroup;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * What a module's rendered schema depends on: the class files of the module and of every module it
 * depends on (entities, enums, embeddables, converters: everything under each module's package), of
 * core, of the renderer and of the identifier quoting, and Hibernate's version. The build records
 * them in the module's file ({@link #record}); at run time the file is used only when each recorded
 * class file is there with the same CRC-32 and Hibernate's version is the same ({@link #matches}):
 * an entity edited in an IDE without a Maven build, a different Hibernate, and the models are
 * rendered instead.
 *
 * <p>Why checking the recorded classes is enough, although a class added since is not among them:
 * the entities are the ones the module class lists (Hibernate is handed them, it scans nothing),
 * and everything else that shapes the rendering (embeddables, enums, converters, the renderer's own
 * classes) is reached from a recorded class by name, so a new class changes the rendering only
 * when some recorded class changes to use it. The exception is a package's {@code package-info}
 * class (package-level annotations apply without being named), so the file also records each
 * package folder that had none, and one there now means rendering. A recorded class that is
 * missing means rendering too. Not covered, as before: libraries other than Hibernate whose
 * classes the models use (only Hibernate's version is recorded), and a same-named class earlier
 * on the class path than the anchor's jar (a jar or folder is checked where its anchor was
 * loaded from). CRC-32 is no defence against a forged class; it is a check against stale builds,
 * as the SHA-256 over the same CRCs was before.
 *
 * <p>Each package is looked up where its anchor class was loaded from ({@link ClassFiles}): a
 * {@code file:} jar by its central directory, a folder by its files, anything else (a jar nested
 * in a Spring Boot executable jar) through the anchor's class loader. No message digest: JCA's
 * provider start-up alone cost about 20 ms of the CLI's start.
 */
final class ModelFingerprint implements AutoCloseable {

    private static final String PACKAGE_INFO = "package-info.class";

    /** One package that counts, and a class of it that says where its class files are. */
    private record Package(String prefix, Class<?> anchor) {
    }

    private final ModelCatalog catalog;
    /** One per jar, folder or class loader, so that a class shared by modules is read once. */
    private final Map<Object, ClassFiles> filesByLocation = new HashMap<>();

    ModelFingerprint(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** What that module's schema is rendered from now, for its build-time file; the classes must be in jars or folders. */
    RenderedFrom record(String module) {
        List<ClassGroup> groups = new ArrayList<>();
        for (Package counted : packagesOf(module)) {
            ClassFiles files = filesOf(counted.anchor());
            Map<String, Long> crcByName = new LinkedHashMap<>();
            TreeSet<String> withoutInfo = new TreeSet<>();
            for (String name : new TreeSet<>(files.names(counted.prefix()))) {
                crcByName.put(name, files.crc(name).orElseThrow());
                withoutInfo.add(folderOf(name));
            }
            crcByName.keySet().stream().filter(name -> name.endsWith('/' + PACKAGE_INFO)).map(ModelFingerprint::folderOf)
                    .forEach(withoutInfo::remove);
            groups.add(new ClassGroup(counted.prefix(), crcByName, List.copyOf(withoutInfo)));
        }
        return new RenderedFrom(hibernateVersion(), groups);
    }

    /** Whether that module's schema, rendered now, would be rendered from what the file records. */
    boolean matches(String module, RenderedFrom recorded) {
        if (!hibernateVersion().equals(recorded.hibernateVersion())) {
            return false;
        }
        List<Package> packages = packagesOf(module);
        if (packages.size() != recorded.groups().size()) {
            return false;
        }
        for (int i = 0; i < packages.size(); i++) {
            ClassGroup group = recorded.groups().get(i);
            if (!packages.get(i).prefix().equals(group.prefix())) {
                return false;
            }
            ClassFiles files = filesOf(packages.get(i).anchor());
            for (Map.Entry<String, Long> recordedClass : group.crcByName().entrySet()) {
                OptionalLong now = files.crc(recordedClass.getKey());
                if (now.isEmpty() || now.getAsLong() != recordedClass.getValue()) {
                    return false;
                }
            }
            for (String folder : group.packagesWithoutInfo()) {
                if (files.crc(folder + PACKAGE_INFO).isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        filesByLocation.values().forEach(ClassFiles::close);
    }

    /** The library's packages, then the module's own and those of its dependencies, in dependency order. */
    private List<Package> packagesOf(String module) {
        List<Package> packages = new ArrayList<>(List.of(
                new Package("id/ac/ugm/aicare/model/core/", ModelModule.class),
                packageOf(ModelFingerprint.class),
                packageOf(ModelMetadata.class),
                packageOf(SqlIdentifiers.class)));
        for (ModelModule dependency : catalog.select(List.of(module)).modules()) {
            packages.add(packageOf(dependency.getClass()));
        }
        return packages;
    }

    private static Package packageOf(Class<?> anchor) {
        return new Package(anchor.getPackageName().replace('.', '/') + '/', anchor);
    }

    private ClassFiles filesOf(Class<?> anchor) {
        Path location = ClassFiles.fileLocation(anchor);
        Object key = location != null ? location : anchor.getClassLoader();
        return filesByLocation.computeIfAbsent(key, k -> ClassFiles.of(anchor));
    }

    private static String folderOf(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    private static String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }
}
