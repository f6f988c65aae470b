package id.ac.ugm.aicare.schema.lint.internal.flyway;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Checks over the names of all files of one migration folder, as Flyway would read them together. */
public final class MigrationSetRules {

    public static final RuleDefinition DUPLICATE_VERSION = RuleDefinition.of("duplicate-migration-version",
            RuleCategory.MIGRATION_SET, Severity.ERROR,
            "two migrations have the same version; Flyway refuses to migrate",
            "give one of them the next free version");

    public static final RuleDefinition MALFORMED_NAME = RuleDefinition.of("malformed-migration-name",
            RuleCategory.MIGRATION_SET, Severity.ERROR,
            "Flyway does not recognise this file name and silently skips the migration",
            "name it V<version>__<description>.sql or R__<description>.sql");

    public static final RuleDefinition NAME_OUT_OF_ORDER = RuleDefinition.of("migration-name-out-of-order",
            RuleCategory.MIGRATION_SET, Severity.WARNING,
            "file names sort in a different order than Flyway applies the versions",
            "pad versions with zeros (V0010__) or use timestamps, so that name order is run order");

    /** A finding about one file of the set. */
    public record SetFinding(Path file, RuleDefinition rule, String message) {
    }

    private MigrationSetRules() {
    }

    /** Checks {@code files}, which Flyway would load together. */
    public static List<SetFinding> check(List<Path> files) {
        List<SetFinding> findings = new ArrayList<>();
        Map<MigrationVersion, List<Path>> versions = new TreeMap<>();
        Map<Path, List<Versioned>> byFolder = new TreeMap<>(Comparator.comparing(Path::toString));
        for (Path file : files) {
            MigrationFileName name = MigrationFileName.parse(fileName(file));
            if (name.kind() == MigrationFileName.Kind.MALFORMED) {
                findings.add(new SetFinding(file, MALFORMED_NAME,
                        "Flyway skips '" + fileName(file) + "': the name " + name.problem()));
            } else if (name.isVersioned()) {
                versions.computeIfAbsent(name.version(), v -> new ArrayList<>()).add(file);
                byFolder.computeIfAbsent(Objects.requireNonNullElse(file.getParent(), Path.of("")),
                        folder -> new ArrayList<>()).add(new Versioned(file, fileName(file), name.version()));
            }
        }
        // Every file of a clash is reported, so that linting only the newest file still catches it.
        versions.forEach((version, sharing) -> {
            for (Path file : sharing) {
                if (sharing.size() > 1) {
                    Path other = sharing.get(sharing.get(0).equals(file) ? 1 : 0);
                    findings.add(new SetFinding(file, DUPLICATE_VERSION, "version " + version + " is also used by " + other));
                }
            }
        });
        byFolder.values().forEach(folder -> outOfOrder(folder, findings));
        return findings;
    }

    /** Walks the versioned files in name order and reports each one Flyway runs earlier than a file listed before it. */
    private static void outOfOrder(List<Versioned> folder, List<SetFinding> findings) {
        List<Versioned> byName = new ArrayList<>(folder);
        byName.sort(Comparator.comparing(Versioned::name));
        Versioned highest = null;
        for (Versioned file : byName) {
            if (highest != null && file.version().compareTo(highest.version()) < 0) {
                findings.add(new SetFinding(file.path(), NAME_OUT_OF_ORDER, "version " + file.version()
                        + " sorts after " + highest.name() + " by name, but Flyway runs it first"));
            } else {
                highest = file;
            }
        }
    }

    /** A versioned migration with its name read once. */
    private record Versioned(Path path, String name, MigrationVersion version) {
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
