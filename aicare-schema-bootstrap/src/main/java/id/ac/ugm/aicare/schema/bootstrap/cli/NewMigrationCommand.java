package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code new-migration --module clinical --name add_mood}: writes the next-versioned migration
 * skeleton of a model module, a Java migration on the idempotent helpers or, with {@code --sql}, an
 * SQL script whose example statements carry their guards. Versions continue after the module's
 * baseline (from its {@link ModelModule}) and its existing migrations. Never overwrites a file.
 */
@Command(name = "new-migration",
        description = {"Write the next-versioned migration skeleton of a model module, built on the idempotent helpers.",
                "In this repository it goes to aicare-model-<module>/src/main/java/<location> (or src/main/resources/"
                        + "<location> with --sql); --dir puts it elsewhere, e.g. in a service's own migrations.",
                "Never overwrites a file. Exit codes: 0 written, 2 bad input or I/O error."})
final class NewMigrationCommand implements Callable<Integer> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,79}");

    // Not mixinStandardHelpOptions: its --version would clash with the migration's --version, and picocli
    // then dropped --help as well.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--module", required = true, paramLabel = "NAME", description = "The model module, e.g. clinical.")
    private String module;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "What the migration does, in snake_case, e.g. add_mood.")
    private String name;

    @Option(names = "--sql", description = "Write an SQL script instead of a Java migration.")
    private boolean sql;

    @CommandLine.Mixin
    private MigrationFileOptions files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!NAME.matcher(name).matches()) {
            throw new UserError(2, "--name must be snake_case: a lower-case letter, then letters, digits or '_' "
                    + "(at most 80), e.g. add_mood; got '" + oneLine(name) + "'");
        }
        ModelModule model = ModelCatalog.discover().module(module);
        MigrationFolder folder = files.folder(model, sql);
        String chosen = files.version(folder);
        String className = "V" + chosen.replace('.', '_') + "__" + name;
        Path file = folder.target().resolve(className + (sql ? ".sql" : ".java"));
        String content = sql ? sqlSkeleton(model, chosen, file)
                : javaSkeleton(model, chosen, className, files.packageName(folder));
        try {
            Files.createDirectories(folder.target());
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(2, file + " exists; new-migration never overwrites a file");
        } catch (IOException e) {
            throw new UserError(2, "cannot write " + file + ": " + oneLine(e.getMessage()));
        }
        spec.commandLine().getOut().println("wrote " + file + " (module " + model.name() + ", version " + chosen
                + ", baseline " + model.baselineVersion() + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String javaSkeleton(ModelModule model, String chosen, String className, String packageName) {
        return """
                package %1$s;

                import id.ac.ugm.aicare.schema.migration.ColumnDef;
                import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
                import id.ac.ugm.aicare.schema.migration.IndexDef;
                import id.ac.ugm.aicare.schema.migration.SchemaMigrator;

                /**
                 * Module %2$s, version %3$s: %4$s.
                 *
                 * <p>Say what this migration changes and why. Each helper checks pg_catalog and converges on the
                 * end state it describes, so the migration is safe to run twice, after a crash, or on a database
                 * that drifted; see MIGRATIONS.md. Describe each object once: later steps may add to what earlier
                 * steps created, but not change it.
                 */
                public class %5$s extends IdempotentJavaMigration {

                    public %5$s() {
                        // TRANSACTIONAL: all or nothing, in Flyway's transaction. Switch to NON_TRANSACTIONAL when a step
                        // builds an index CONCURRENTLY (createIndex, addUniqueConstraint) or should commit on its own
                        // (setNotNull, addForeignKey, addCheckConstraint and backfill on large tables); under Flyway, also
                        // set flyway.postgresql.transactional.lock=false.
                        super(TransactionMode.TRANSACTIONAL);
                    }

                    @Override
                    protected void migrate(SchemaMigrator schema) {
                        // schema.addColumn("journal_entries", ColumnDef.of("mood", "smallint"));
                        // schema.createIndex(IndexDef.on("journal_entries").columns("user_id", "mood").concurrently(false));
                    }
                }
                """.formatted(packageName, model.name(), chosen, name.replace('_', ' '), className);
    }

    private String sqlSkeleton(ModelModule model, String chosen, Path file) {
        String script = file.getFileName().toString();
        return """
                -- Module %1$s, version %2$s: %3$s.
                --
                -- Say what this migration changes and why. Every statement carries its guard, so the script is safe
                -- to run twice, after a crash, or on a database that drifted (MIGRATIONS.md). Uncomment and adapt
                -- the examples; check the result with: java -jar aicare-schema.jar lint --verify %4$s
                --
                -- Statements that need to run outside a transaction (CREATE INDEX CONCURRENTLY) need the file
                -- %4$s.conf holding the line: executeInTransaction=false

                -- A column: adds it only when missing.
                -- ALTER TABLE journal_entries ADD COLUMN IF NOT EXISTS mood smallint;

                -- An index, built without blocking writes; IF NOT EXISTS skips it when present (check it is VALID:
                -- SELECT indisvalid FROM pg_index WHERE indexrelid = 'journal_entries_mood_idx'::regclass).
                -- CREATE INDEX CONCURRENTLY IF NOT EXISTS journal_entries_mood_idx ON journal_entries (user_id, mood);

                -- A check constraint: added NOT VALID when missing, then validated without blocking writes.
                -- DO $$
                -- BEGIN
                --     IF NOT EXISTS (SELECT 1 FROM pg_constraint
                --                    WHERE conrelid = 'journal_entries'::regclass AND conname = 'journal_entries_mood_range') THEN
                --         ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_mood_range CHECK (mood BETWEEN 1 AND 10) NOT VALID;
                --     END IF;
                -- END
                -- $$;
                -- ALTER TABLE journal_entries VALIDATE CONSTRAINT journal_entries_mood_range;

                -- An enum type, created when missing, and a label added in its place.
                -- DO $$
                -- BEGIN
                --     IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                --                    WHERE t.typname = 'mood_level' AND n.nspname = current_schema()) THEN
                --         CREATE TYPE mood_level AS ENUM ('low', 'steady', 'high');
                --     END IF;
                -- END
                -- $$;
                -- ALTER TYPE mood_level ADD VALUE IF NOT EXISTS 'very_high' AFTER 'high';

                -- A comment: setting it again is harmless.
                -- COMMENT ON COLUMN journal_entries.mood IS 'Self-rated mood, 1 to 10';
                """.formatted(model.name(), chosen, name.replace('_', ' '), script);
    }

    private static String oneLine(String text) {
        return MigrationFolder.oneLine(text);
    }
}
