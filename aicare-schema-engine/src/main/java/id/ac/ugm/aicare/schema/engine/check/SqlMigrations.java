package id.ac.ugm.aicare.schema.engine.check;

import id.ac.ugm.aicare.model.core.baseline.ResourceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The SQL migration scripts of a Flyway location ({@code classpath:} or {@code filesystem:}), by file name. */
final class SqlMigrations {

    /** One script: where it is (for messages), its file name and its text. */
    record Script(Path path, String name, String sql) {
    }

    private SqlMigrations() {
    }

    static List<Script> of(String location, ClassLoader loader) {
        List<Script> scripts = new ArrayList<>();
        if (location.startsWith("classpath:")) {
            String folder = location.substring("classpath:".length()).replaceAll("^/+", "").replaceAll("/+$", "");
            for (String name : ResourceFolder.fileNames(loader, folder + "/")) {
                if (name.endsWith(".sql")) {
                    scripts.add(new Script(Path.of(folder, name), name, resource(loader, folder + "/" + name)));
                }
            }
        } else if (location.startsWith("filesystem:")) {
            Path folder = Path.of(location.substring("filesystem:".length()));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                        scripts.add(new Script(file, file.getFileName().toString(), Files.readString(file)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the migrations in " + folder, e);
                }
            }
        }
        return scripts;
    }

    private static String resource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration " + path + " was listed but cannot be read");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
