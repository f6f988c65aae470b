package id.ac.ugm.aicare.schema.lint.verify;

import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationFileName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order Flyway applies migrations in: versioned ones by version, then repeatable ones by name. */
final class FlywayOrder {

    private FlywayOrder() {
    }

    /** The files Flyway would apply, in its order; callbacks, undo and unrecognised names are left out. */
    static List<Path> of(List<Path> files) {
        List<Path> versioned = new ArrayList<>();
        List<Path> repeatable = new ArrayList<>();
        for (Path file : files) {
            MigrationFileName name = MigrationFileName.parse(fileName(file));
            if (name.isVersioned()) {
                versioned.add(file);
            } else if (name.isRepeatable()) {
                repeatable.add(file);
            }
        }
        versioned.sort(Comparator.comparing(file -> MigrationFileName.parse(fileName(file)).version()));
        repeatable.sort(Comparator.comparing(FlywayOrder::fileName));
        List<Path> ordered = new ArrayList<>(versioned);
        ordered.addAll(repeatable);
        return ordered;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
