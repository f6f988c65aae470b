package id.ac.ugm.aicare.schema.engine.diff.internal;

import id.ac.ugm.aicare.error.AicareException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * One migration file run by Flyway on a database, as it runs in production: a Java migration
 * compiled and handed over, an SQL script (with the {@code .conf} beside it) read from a folder of
 * its own. Each run keeps its own history table, baselined below the migration's version, so a
 * second run applies the migration again.
 */
public final class MigrationTrial {

    private MigrationTrial() {
    }

    /** Why the migration could not run, one line. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /**
     * Runs the file once.
     *
     * @param history the history table of this run
     */
    public static void run(Path file, DataSource database, String history) throws Failure, IOException {
        String fileName = file.getFileName().toString();
        FluentConfiguration configuration = Flyway.configure(MigrationTrial.class.getClassLoader())
                .dataSource(database).table(history).baselineOnMigrate(true).baselineVersion("0")
                .failOnMissingLocations(false).cleanDisabled(true);
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        Path folder = Files.createTempDirectory("aicare-diff-trial");
        try {
            if (fileName.endsWith(".sql")) {
                Files.copy(file, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
                Path config = file.resolveSibling(fileName + ".conf");
                if (Files.exists(config)) {
                    Files.copy(config, folder.resolve(fileName + ".conf"), StandardCopyOption.REPLACE_EXISTING);
                }
                migrate(configuration.locations("filesystem:" + folder), fileName);
                return;
            }
            String className = className(file);
            try (JavaMigrationCompiler.Compiled compiled = JavaMigrationCompiler.compile(file, className)) {
                if (!(compiled.migration() instanceof JavaMigration migration)) {
                    throw new Failure(className + " is not a Flyway Java migration");
                }
                migrate(configuration.locations("filesystem:" + folder).javaMigrations(migration), fileName);
            } catch (JavaMigrationCompiler.CompileFailure e) {
                throw new Failure(e.getMessage());
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void migrate(FluentConfiguration configuration, String fileName) throws Failure {
        try {
            if (configuration.load().migrate().migrationsExecuted != 1) {
                throw new Failure("Flyway did not run " + fileName + " (its name must be V<version>__<name>)");
            }
        } catch (FlywayException e) {
            throw new Failure(fileName + " failed: " + reason(e));
        }
    }

    /**
     * Why: the helpers' own failure or refusal when there is one (their messages never quote row values), else
     * Flyway's first lines (an SQL script's failing statement and the server's condition).
     */
    private static String reason(FlywayException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AicareException || cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
        }
        return String.valueOf(e.getMessage()).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("---")).limit(3)
                .collect(Collectors.joining(" "));
    }

    /** The class a Java migration file declares: its package and file name. */
    static String className(Path file) throws IOException, Failure {
        String simple = file.getFileName().toString().replaceFirst("\\.java$", "");
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("package ") && trimmed.endsWith(";")) {
                return trimmed.substring("package ".length(), trimmed.length() - 1).strip() + "." + simple;
            }
            if (trimmed.startsWith("import ") || trimmed.startsWith("public ")) {
                break;
            }
        }
        return simple;
    }
}
