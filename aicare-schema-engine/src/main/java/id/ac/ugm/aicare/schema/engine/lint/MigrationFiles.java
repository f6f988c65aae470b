package id.ac.ugm.aicare.schema.engine.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files behind the paths given to the linter. A folder is searched recursively for
 * {@code *.sql} files and is one migration set, as a Flyway location is; the files named one by one
 * form one more set together. A path that is missing or unreadable becomes an I/O error finding.
 *
 * @param sets   the migration sets, each a list of files in name order
 * @param errors findings for paths that could not be read
 */
public record MigrationFiles(List<List<Path>> sets, List<Finding> errors) {

    public static MigrationFiles collect(List<Path> paths) {
        List<List<Path>> sets = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    List<Path> set = sqlFilesUnder(path).stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).toList();
                    sets.add(set);
                } catch (IOException | UncheckedIOException e) {
                    errors.add(ioError(path, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                if (seen.add(path.toAbsolutePath().normalize())) {
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

    private static List<Path> sqlFilesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    static Finding ioError(Path path, String message) {
        return new Finding(path, 0, 0, Finding.IO_ERROR, Severity.ERROR, message, "check the path and its permissions");
    }

    public List<Path> allFiles() {
        return sets.stream().flatMap(List::stream).toList();
    }
}
