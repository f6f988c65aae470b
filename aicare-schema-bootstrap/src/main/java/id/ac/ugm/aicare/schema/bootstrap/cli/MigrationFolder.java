package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a module's next migration goes and which version it gets: the module's folder in this
 * checkout ({@code aicare-model-<module>/src/main/java|resources/<location>}) or a folder given,
 * numbered after the module's baseline and every migration there (Java and SQL share one version
 * line). {@code new-migration} and {@code diff} both write through it.
 */
final class MigrationFolder {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.(?:java|sql)");

    private final ModelModule model;
    private final Path target;
    private final List<Existing> existing;
    private final String location;
    private final Path dir;

    private MigrationFolder(ModelModule model, Path target, List<Existing> existing, String location, Path dir) {
        this.model = model;
        this.target = target;
        this.existing = existing;
        this.location = location;
        this.dir = dir;
    }

    /**
     * The folder of the module's Java migrations (or SQL ones), or {@code dir} when given.
     *
     * @param projectRoot the checkout, or {@code null} for the current directory or its nearest parent holding the module
     */
    static MigrationFolder of(ModelModule model, Path dir, Path projectRoot, boolean sql) {
        String location = locationPath(model);
        List<Path> scanned = new ArrayList<>();
        Path target;
        if (dir != null) {
            target = dir;
            scanned.add(dir);
            counterpart(dir).ifPresent(scanned::add);
        } else {
            Path moduleDir = moduleDirectory(model.name(), projectRoot);
            Path javaDir = moduleDir.resolve("src/main/java").resolve(location);
            Path sqlDir = moduleDir.resolve("src/main/resources").resolve(location);
            target = sql ? sqlDir : javaDir;
            scanned.add(javaDir);
            scanned.add(sqlDir);
        }
        return new MigrationFolder(model, target, existingMigrations(scanned), location, dir);
    }

    Path target() {
        return target;
    }

    /** The version asked for (checked: after the baseline and unused), or the next free one. */
    String version(String requested) {
        if (!VERSION.matcher(model.baselineVersion()).matches()) {
            throw new UserError(2, "module " + model.name() + " has a baseline version this command cannot read: "
                    + model.baselineVersion());
        }
        List<BigInteger> baseline = numbers(model.baselineVersion());
        if (requested != null) {
            if (!VERSION.matcher(requested).matches()) {
                throw new UserError(2, "--version must be numbers separated by dots, e.g. 4 or 4.1; got '"
                        + oneLine(requested) + "'");
            }
            List<BigInteger> wanted = numbers(requested);
            if (compare(wanted, baseline) <= 0) {
                throw new UserError(2, "--version " + requested + " is not after module " + model.name()
                        + "'s baseline " + model.baselineVersion() + ", which the models already include");
            }
            for (Existing taken : existing) {
                if (compare(taken.version(), wanted) == 0) {
                    throw new UserError(2, "version " + requested + " is taken by " + taken.file()
                            + "; the tool never overwrites a file");
                }
            }
            return requested;
        }
        // Flyway reads each part of a version as a BigInteger, so no number is too large to follow.
        BigInteger highest = baseline.get(0);
        for (Existing taken : existing) {
            highest = highest.max(taken.version().get(0));
        }
        return highest.add(BigInteger.ONE).toString();
    }

    /** The Java package: the one given, else from DIR after src/main/java, else from the module's location. */
    String packageName(String requested) {
        String chosen = requested;
        if (chosen == null && dir != null) {
            String normalized = dir.toAbsolutePath().normalize().toString().replace('\\', '/');
            int java = normalized.lastIndexOf("/src/main/java/");
            if (java >= 0) {
                chosen = normalized.substring(java + "/src/main/java/".length()).replace('/', '.');
            }
        }
        if (chosen == null) {
            chosen = location.replace('/', '.');
        }
        if (!PACKAGE.matcher(chosen).matches()) {
            throw new UserError(2, "'" + oneLine(chosen) + "' is not a Java package name; pass --package");
        }
        return chosen;
    }

    /** A migration already there, and its version as numbers. */
    private record Existing(Path file, List<BigInteger> version) {
    }

    /**
     * The folder of the other kind of migration beside a Maven source folder: Flyway reads a module's Java
     * migrations (src/main/java/LOCATION) and SQL scripts (src/main/resources/LOCATION) as one version line.
     */
    private static Optional<Path> counterpart(Path folder) {
        String normalized = folder.toAbsolutePath().normalize().toString().replace('\\', '/');
        for (String[] pair : new String[][] {{"/src/main/java/", "/src/main/resources/"},
                {"/src/main/resources/", "/src/main/java/"}}) {
            int at = normalized.lastIndexOf(pair[0]);
            if (at >= 0) {
                return Optional.of(Path.of(normalized.substring(0, at) + pair[1]
                        + normalized.substring(at + pair[0].length())));
            }
        }
        return Optional.empty();
    }

    private static String locationPath(ModelModule model) {
        String location = model.migrationLocation();
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        path = path.replaceAll("^/+", "").replaceAll("/+$", "");
        if (path.isEmpty() || !path.matches("[A-Za-z0-9_/]+")) {
            throw new UserError(2, "module " + model.name() + " has a migration location this command cannot map to a "
                    + "folder (" + location + "); pass --dir and --package");
        }
        return path;
    }

    private static Path moduleDirectory(String moduleName, Path projectRoot) {
        String folder = "aicare-model-" + moduleName;
        Path start = (projectRoot != null ? projectRoot : Path.of("")).toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve(folder))) {
                return candidate.resolve(folder);
            }
        }
        throw new UserError(2, "cannot find " + folder + "/ in " + start + " or its parents; run inside the AICare "
                + "Models checkout, or pass --dir (and --package) to write elsewhere");
    }

    private static List<Existing> existingMigrations(List<Path> folders) {
        List<Existing> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> {
                    Matcher matcher = MIGRATION_FILE.matcher(file.getFileName().toString());
                    if (matcher.matches()) {
                        found.add(new Existing(file, numbers(matcher.group(1).replace('_', '.'))));
                    }
                });
            } catch (IOException e) {
                throw new UserError(2, "cannot list " + folder + ": " + oneLine(e.getMessage()));
            }
        }
        return found;
    }

    private static List<BigInteger> numbers(String version) {
        return Arrays.stream(version.split("\\.")).map(BigInteger::new).toList();
    }

    private static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger left = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger right = i < b.size() ? b.get(i) : BigInteger.ZERO;
            if (left.compareTo(right) != 0) {
                return left.compareTo(right);
            }
        }
        return 0;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\x00]+", " ");
    }
}
