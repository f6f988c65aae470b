package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a written migration goes and which version it takes: the same options, with the same
 * meaning, for every command that writes one ({@code new-migration}, {@code diff}).
 */
final class MigrationFileOptions {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Write into DIR (and continue the versions found there) instead of the module's folder.")
    private Path dir;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "Java package of the migration (default: from DIR after src/main/java, else from the "
                    + "module's migration location, e.g. db.aicare.clinical).")
    private String javaPackage;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "Use this version instead of the next free one; it must be after the baseline and unused.")
    private String version;

    @Option(names = "--project-root", paramLabel = "DIR",
            description = "The AICare Models checkout (default: the current directory or the nearest parent that "
                    + "holds aicare-model-<module>).")
    private Path projectRoot;

    /** The folder the migration goes into, Java or SQL. */
    MigrationFolder folder(ModelModule model, boolean sql) {
        return MigrationFolder.of(model, dir, projectRoot, sql);
    }

    /** {@code --version}, checked against the folder, or the folder's next free version. */
    String version(MigrationFolder folder) {
        return folder.version(version);
    }

    /** {@code --package}, or the folder's package. */
    String packageName(MigrationFolder folder) {
        return folder.packageName(javaPackage);
    }
}
