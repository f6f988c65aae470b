package id.ac.ugm.aicare.schema.bootstrap.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every internal package of every artifact says so to the reader, in a {@code package-info.java}
 * that gives no compatibility promise. Read from the sources, because javac writes no class for a
 * package-info without annotations.
 */
final class InternalPackageNotices {

    private InternalPackageNotices() {
    }

    /** The source folders, relative to {@code projectRoot}, of internal packages without the notice. */
    static List<String> missing(Path projectRoot) {
        try (Stream<Path> folders = Files.walk(projectRoot)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> folder.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(folder -> folder.getFileName().toString().equals("internal")
                            || folder.toString().replace('\\', '/').contains("/internal/"))
                    .filter(InternalPackageNotices::holdsClasses)
                    .filter(folder -> !saysNoCompatibilityPromise(folder.resolve("package-info.java")))
                    .map(folder -> projectRoot.relativize(folder).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java")
                    && !file.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean saysNoCompatibilityPromise(Path packageInfo) {
        try {
            return Files.isRegularFile(packageInfo)
                    && Files.readString(packageInfo).toLowerCase(Locale.ROOT).contains("no compatibility promise");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
