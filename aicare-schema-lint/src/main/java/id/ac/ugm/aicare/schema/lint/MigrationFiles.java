package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files behind the paths given to the linter. A folder is searched recursively for
 * {@code *.sql} files, following symbolic links, and is one migration set, as a Flyway location is;
 * the files named one by one form one more set together. A path that is missing or unreadable, a
 * subfolder that cannot be listed, a link loop, and a folder without any {@code *.sql} file each
 * become an I/O error finding; the rest of the folder is still linted.
 *
 * @param sets   the migration sets, each a list of files in name order
 * @param errors findings for paths that could not be read
 */
public record MigrationFiles(List<List<Path>> sets, List<Finding> errors) {

    public static MigrationFiles collect(List<Path> paths) {
        return collect(paths, FileExclusions.NONE);
    }

    /** The files behind {@code paths}, less those {@code exclusions} excludes. */
    static MigrationFiles collect(List<Path> paths, FileExclusions exclusions) {
        List<List<Path>> sets = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = sqlFilesUnder(path, errors);
                if (found.isEmpty()) {
                    errors.add(ioError(path, "no *.sql file in this folder: nothing was linted"));
                }
                sets.add(found.stream().filter(f -> !exclusions.excludes(path, f))
                        .filter(f -> seen.add(f.toAbsolutePath().normalize())).toList());
            } else if (Files.isRegularFile(path)) {
                if (!exclusions.excludes(null, path) && seen.add(path.toAbsolutePath().normalize())) {
                    loose.add(path);
                }
            } else if (Files.exists(path)) {
                errors.add(ioError(path, "not a file or folder"));
            } else {
                errors.add(ioError(path, "no such file or folder"));
            }
        }
        if (!loose.isEmpty()) {
            sets.add(List.copyOf(loose));
        }
        return new MigrationFiles(List.copyOf(sets), List.copyOf(errors));
    }

    /** The {@code *.sql} files under {@code folder} in name order; what cannot be listed goes to {@code errors}. */
    private static List<Path> sqlFilesUnder(Path folder, List<Finding> errors) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".sql")) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            errors.add(ioError(file, e instanceof FileSystemLoopException
                                    ? "symbolic link loop: this folder contains itself"
                                    : "cannot read: " + reason(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                errors.add(ioError(dir, "cannot list folder: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(ioError(folder, "cannot list folder: " + reason(e)));
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /** The kind of failure without the path, which the finding already names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Finding ioError(Path path, String message) {
        return new Finding(path, 0, 0, Finding.IO_ERROR, Severity.ERROR, message, "check the path and its permissions");
    }

    public List<Path> allFiles() {
        return sets.stream().flatMap(List::stream).toList();
    }
}
