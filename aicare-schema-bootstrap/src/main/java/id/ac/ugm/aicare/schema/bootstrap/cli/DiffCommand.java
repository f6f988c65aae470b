package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.diff.MigrationPlan;
import id.ac.ugm.aicare.schema.engine.diff.ModelDiff;
import id.ac.ugm.aicare.schema.engine.diff.Renames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diff --module clinical --url ...}: writes the next-numbered migration of a module that
 * takes the database's tables of that module to the models, on the idempotent helpers (or SQL with
 * guards), never overwriting a file, and prints what it wrote.
 */
@Command(name = "diff",
        description = {"Write the migration that takes a module's tables in the database to its models: the next "
                + "version of the module, a Java migration on the idempotent helpers (or --sql, SQL with guards).",
                "Enum types and labels first, then tables, columns, keys and indexes (built CONCURRENTLY), defaults "
                        + "and comments; drops last, each with the confirmation the helper requires. A renamed table "
                        + "or column is a drop and an add unless --rename-table / --rename-column says so.",
                "From the module's newest baseline snapshot plus its later migrations (--from baseline, the default), "
                        + "or from the tables of the database of --url (--from database). Reads only: replays and models "
                        + "are rendered in scratch schemas inside a transaction that is rolled back. Never overwrites a "
                        + "file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the migration was written (and verified, with --verify), or there is no difference "
                + "(nothing written)",
                "1:something could not be written as a step (listed; the file marks it and does not compile or run "
                        + "until it is written by hand), --verify found a problem or could not run, or the database "
                        + "failed",
                "2:bad options or input, or a file could not be written"})
final class DiffCommand implements Callable<Integer> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,79}");
    private static final Pattern RENAME_COLUMN = Pattern.compile("([^.=\\s]+)\\.([^.=\\s]+)=([^.=\\s]+)");
    private static final Pattern RENAME_TABLE = Pattern.compile("([^.=\\s]+)=([^.=\\s]+)");

    // Not mixinStandardHelpOptions: its --version would clash with the migration's --version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--module", required = true, paramLabel = "NAME", description = "The model module, e.g. clinical.")
    private String module;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "align_with_models",
            description = "What the migration does, in snake_case (default: ${DEFAULT-VALUE}).")
    private String name;

    @Option(names = "--sql", description = "Write an SQL script with guards instead of a Java migration.")
    private boolean sql;

    @CommandLine.Mixin
    private MigrationFileOptions files;

    /** Where the module's tables are taken from. */
    enum From {
        /** The module's newest baseline snapshot plus its migrations after it, replayed on the server. */
        baseline,
        /** The tables of the database --url names. */
        database
    }

    @Option(names = "--from", paramLabel = "baseline|database", defaultValue = "baseline",
            description = "baseline (default): the module's newest baseline snapshot plus its migrations after it (those "
                    + "on the class path), replayed in a scratch schema on the server of --url, whose own tables are not "
                    + "read: what the next migration must add. database: the module's tables in the database of --url "
                    + "(a database that drifted, or one init refused to adopt).")
    private From from;

    @Option(names = "--rename-column", paramLabel = "TABLE.OLD=NEW",
            description = "Column OLD of TABLE (as the models name the table) is the models' column NEW: written as a "
                    + "rename, keeping its values. Repeatable.")
    private List<String> renameColumns = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW",
            description = "Table OLD of the database is the models' table NEW: written as a rename. Repeatable.")
    private List<String> renameTables = new ArrayList<>();

    @Option(names = "--drop-table", paramLabel = "TABLE",
            description = "A table of the database that was the module's and that the models no longer have: the "
                    + "migration drops it (with its confirmation). Other tables of the database are never touched. "
                    + "Repeatable.")
    private List<String> dropTables = new ArrayList<>();

    @Option(names = "--verify",
            description = "Then apply the migration to the database's module tables rebuilt in a scratch database on the "
                    + "same server (the user needs CREATEDB), twice, through Flyway: the first run must give exactly "
                    + "the models, the second must change nothing. Java migrations are compiled (needs a JDK).")
    private boolean verify;

    @Option(names = "--migration", paramLabel = "FILE",
            description = "With --verify: verify this migration (one diff wrote and you filled in) instead of writing "
                    + "one. Give the same --rename-... and --drop-table options as when it was written.")
    private Path migration;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!NAME.matcher(name).matches()) {
            throw new UserError(2, "--name must be snake_case: a lower-case letter, then letters, digits or '_' "
                    + "(at most 80), e.g. add_mood; got '" + MigrationFolder.oneLine(name) + "'");
        }
        Renames renames = renames();
        ModelCatalog catalog = ModelCatalog.discover();
        ModelModule model = catalog.module(module);
        if (migration != null) {
            if (!verify) {
                throw new UserError(2, "--migration names the migration to verify: give it with --verify");
            }
            if (!Files.isRegularFile(migration)) {
                throw new UserError(2, "--migration " + migration + ": no such file");
            }
            return verify(catalog, model, renames, migration);
        }
        MigrationFolder folder = files.folder(model, sql);
        String chosen = files.version(folder);
        String packageName = sql ? null : files.packageName(folder);
        PrintWriter out = spec.commandLine().getOut();

        MigrationPlan plan;
        try (Connection connection = database.connect()) {
            ModelDiff diff = diff(catalog, model, renames);
            plan = from == From.database ? diff.fromDatabase(connection) : diff.fromBaseline(connection);
        } catch (SQLException e) {
            throw new UserError(1, "cannot close the connection to " + database.describe() + ": " + e.getMessage());
        }
        if (plan.isEmpty()) {
            out.println("module " + model.name() + ": no difference between " + source() + " and the models; "
                    + "nothing written");
            out.flush();
            return 0;
        }
        String className = "V" + chosen.replace('.', '_') + "__" + name;
        Path file = folder.target().resolve(className + (sql ? ".sql" : ".java"));
        String title = "Module " + model.name() + ", version " + chosen + ": " + name.replace('_', ' ') + ".";
        List<String> about = List.of("", "Written by aicare-schema diff from " + source() + " to the models of module "
                        + model.name() + ".",
                "Review every step before it runs. Each helper converges on the end state it describes, so the",
                "migration is safe to run twice (MIGRATIONS.md).");
        Path config = file.resolveSibling(file.getFileName() + ".conf");
        boolean withConfig = sql && plan.sqlConfig().isPresent();
        if (withConfig && Files.exists(config)) {
            throw new UserError(2, config + " exists; diff never overwrites a file");
        }
        write(file, sql ? plan.sqlScript(title, about) : plan.javaSource(packageName, className, title, about));
        if (withConfig) {
            write(config, plan.sqlConfig().get());
        }
        report(out, model, chosen, file, plan);
        if (!plan.notExpressed().isEmpty()) {
            return 1;
        }
        if (!verify) {
            return 0;
        }
        if (!plan.toFillIn().isEmpty()) {
            out.println("not verified: fill in " + file.getFileName() + " first, then run diff again with the same "
                    + "options and --verify --migration " + file);
            out.flush();
            return 1;
        }
        return verify(catalog, model, renames, file);
    }

    /** What the migration starts from, for messages. */
    private String source() {
        return from == From.database ? "the module's tables of " + database.describe()
                : "module " + module + "'s newest baseline snapshot and its migrations";
    }

    private ModelDiff diff(ModelCatalog catalog, ModelModule model, Renames renames) {
        return ModelDiff.of(catalog, model.name()).renames(renames).formerTables(dropTables);
    }

    /** Applies the file twice to the database's module tables rebuilt in a scratch database; 0 when it passed. */
    private int verify(ModelCatalog catalog, ModelModule model, Renames renames, Path file) {
        PrintWriter out = spec.commandLine().getOut();
        ModelDiff diff = diff(catalog, model, renames);
        List<String> problems;
        try (Connection connection = database.connect()) {
            SchemaSnapshot state = from == From.database ? diff.snapshot(connection) : diff.baselineState(connection);
            problems = diff.verify(state, file, database.dataSource());
        } catch (SQLException e) {
            throw new UserError(1, "cannot close the connection to " + database.describe() + ": " + e.getMessage());
        }
        if (problems.isEmpty()) {
            out.println("verified " + file + ": on a scratch copy of " + source() + " it gives exactly the models, "
                    + "and running it again changes nothing");
        } else {
            problems.forEach(problem -> out.println("verify: " + problem));
            out.println("not verified: " + file + " does not take " + source() + " to the models (" + problems.size()
                    + " problem" + (problems.size() == 1 ? "" : "s") + ")");
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private void report(PrintWriter out, ModelModule model, String chosen, Path file, MigrationPlan plan) {
        out.println("wrote " + file + " (module " + model.name() + ", version " + chosen + ", "
                + (plan.nonTransactional() ? "non-transactional" : "transactional") + ", " + plan.summary().size()
                + " step" + (plan.summary().size() == 1 ? "" : "s") + ")");
        plan.summary().forEach(step -> out.println("  " + step));
        plan.warnings().forEach(warning -> out.println("warning: " + warning));
        plan.toFillIn().forEach(step -> out.println("fill in: " + step + (sql ? " (the script raises an error "
                + "until then)" : " (the file does not compile until then)")));
        plan.notExpressed().forEach(what -> out.println("not written: " + what));
        if (!plan.notExpressed().isEmpty()) {
            out.println(plan.notExpressed().size() + " difference" + (plan.notExpressed().size() == 1 ? "" : "s")
                    + " could not be written as steps; the file marks each, and " + (sql ? "raises an error"
                    : "does not compile") + " until it is written by hand");
        }
        out.flush();
    }

    private Renames renames() {
        Renames renames = Renames.none();
        for (String option : renameTables) {
            Matcher matcher = RENAME_TABLE.matcher(option);
            if (!matcher.matches()) {
                throw new UserError(2, "--rename-table must be OLD=NEW, e.g. journal=journal_entries; got '"
                        + MigrationFolder.oneLine(option) + "'");
            }
            renames = renames.table(matcher.group(1), matcher.group(2));
        }
        for (String option : renameColumns) {
            Matcher matcher = RENAME_COLUMN.matcher(option);
            if (!matcher.matches()) {
                throw new UserError(2, "--rename-column must be TABLE.OLD=NEW, e.g. journal_entries.body=content; got '"
                        + MigrationFolder.oneLine(option) + "'");
            }
            renames = renames.column(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return renames;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(2, file + " exists; diff never overwrites a file");
        } catch (IOException e) {
            throw new UserError(2, "cannot write " + file + ": " + MigrationFolder.oneLine(e.getMessage()));
        }
    }
}
