package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.model.core.baseline.BaselineSnapshots;
import id.ac.ugm.aicare.model.core.baseline.BaselineVersion;
import id.ac.ugm.aicare.model.core.baseline.ResourceFolder;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a module's baseline snapshot: its DDL as {@code ddl --module NAME} prints it, into
 * {@code META-INF/aicare/baselines/<module>/V<version>.sql} under the module's resources folder, at
 * the version the models now include (the newest of the module's migrations and snapshots, 1 for a
 * module that has neither). Never replaces a snapshot with other content: a released baseline is
 * what older databases were created from.
 */
public final class BaselineSnapshotWriter {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.(?:sql|class|java)");
    private static final Pattern SNAPSHOT = Pattern.compile("V(\\d+(?:\\.\\d+)*)\\.sql");

    /**
     * What was written.
     *
     * @param module    the module
     * @param version   the snapshot's version
     * @param file      the snapshot file
     * @param unchanged true when the file was there already with exactly this content
     */
    public record Written(String module, String version, Path file, boolean unchanged) {
    }

    private BaselineSnapshotWriter() {
    }

    /**
     * Writes the snapshot of {@code module} of the catalog into {@code resources} (a module's
     * {@code src/main/resources}).
     *
     * @throws BaselineSnapshotException CONFLICT when a snapshot of that version exists with other content
     *                                   (the models changed without a migration), USER_ERROR when the
     *                                   folder cannot be written
     */
    public static Written write(ModelCatalog catalog, String module, Path resources) {
        ModelModule model = catalog.module(module);
        String ddl = ModelSchema.of(catalog.select(List.of(module))).ddl();
        Path folder = resources.resolve(BaselineSnapshots.FOLDER).resolve(module);
        BaselineVersion version = versionOf(model, folder);
        Path file = folder.resolve(BaselineSnapshots.fileName(version.toString()));
        try {
            if (Files.exists(file)) {
                return unchangedOrConflict(module, version, file, ddl);
            }
            Files.createDirectories(folder);
            Files.writeString(file, ddl, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Written(module, version.toString(), file, false);
        } catch (FileAlreadyExistsException e) {
            return unchangedOrConflict(module, version, file, ddl);
        } catch (IOException e) {
            throw new BaselineSnapshotException(Category.USER_ERROR, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Written unchangedOrConflict(String module, BaselineVersion version, Path file, String ddl) {
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).equals(ddl)) {
                return new Written(module, version.toString(), file, true);
            }
        } catch (IOException e) {
            throw new BaselineSnapshotException(Category.USER_ERROR, "cannot read " + file + ": " + e.getMessage(), e);
        }
        throw new BaselineSnapshotException(Category.CONFLICT, file + " exists with other content: the models of module "
                + module + " changed since baseline " + version + " without a migration; write the migration "
                + "(aicare-schema diff --module " + module + "), then run baseline again; a released snapshot is never "
                + "replaced", null);
    }

    /** The newest of the module's migrations (on its class path) and snapshots (there and in the folder), else 1. */
    static BaselineVersion versionOf(ModelModule module, Path folder) {
        ClassLoader loader = BaselineReplay.loaderOf(module);
        List<BaselineVersion> versions = new ArrayList<>(BaselineSnapshots.versions(loader, module.name()));
        String location = module.migrationLocation();
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceAll("^/+", "").replaceAll("/+$", "");
            for (String name : ResourceFolder.fileNames(loader, path + "/")) {
                Matcher matcher = MIGRATION.matcher(name);
                if (matcher.matches()) {
                    versions.add(BaselineVersion.parse(matcher.group(1)));
                }
            }
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> SNAPSHOT.matcher(file.getFileName().toString())).filter(Matcher::matches)
                        .forEach(matcher -> versions.add(BaselineVersion.parse(matcher.group(1))));
            } catch (IOException e) {
                throw new BaselineSnapshotException(Category.USER_ERROR, "cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        return versions.stream().max(BaselineVersion::compareTo).orElse(BaselineVersion.parse("1"));
    }
}
