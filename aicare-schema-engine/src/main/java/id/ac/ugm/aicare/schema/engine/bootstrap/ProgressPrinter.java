package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.Action;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult.Counts;
import id.ac.ugm.aicare.schema.engine.bootstrap.MigrationReport.AppliedMigration;
import id.ac.ugm.aicare.schema.engine.bootstrap.MigrationReport.ModuleMigrations;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes {@code init} and {@code migrate} progress as lines of text: to a terminal (the CLI), or to
 * a service's log ({@code new ProgressPrinter(log::info)}).
 */
public final class ProgressPrinter implements BootstrapListener {

    /** How much to write. */
    public enum Detail {
        /** Only the closing summary and waits for the lock. */
        QUIET,
        /** Also each table as it is created and each migration as it is applied. */
        NORMAL,
        /** Also each module's state before anything is done. */
        VERBOSE
    }

    private final Consumer<String> out;
    private final Detail detail;
    private final List<String> stamped = new ArrayList<>();

    public ProgressPrinter(Consumer<String> out) {
        this(out, Detail.NORMAL);
    }

    public ProgressPrinter(Consumer<String> out, Detail detail) {
        this.out = out;
        this.detail = detail;
    }

    @Override
    public void waitingForLock(String holder) {
        out.accept("Waiting for the schema lock, held by " + holder + " ...");
    }

    @Override
    public void lockAcquired(Duration waited) {
        out.accept("Schema lock acquired after " + duration(waited) + ".");
    }

    @Override
    public void inspected(List<ModuleInspection> modules) {
        stamped.clear(); // a new init starts; forget what an earlier, failed one stamped
        if (detail != Detail.VERBOSE) {
            return;
        }
        for (ModuleInspection module : modules) {
            String state = switch (module.state()) {
                case ABSENT -> "none of its " + module.tables().size() + " tables exist: create";
                case PRESENT -> "all of its " + module.tables().size() + " tables exist: compare, adopt if equal";
                case PARTIAL -> module.presentTables().size() + " of its " + module.tables().size()
                        + " tables exist: refuse";
                case INITIALISED -> "history table " + module.historyTable() + " exists: nothing to do";
            };
            out.accept(String.format(Locale.ROOT, "%-13s %s", module.module(), state));
        }
    }

    @Override
    public void creating(List<String> modules, int tables) {
        if (detail != Detail.QUIET) {
            out.accept("Creating " + tables + " tables of " + plural(modules.size(), "module") + " ("
                    + String.join(", ", modules) + ") in one transaction:");
        }
    }

    @Override
    public void tableCreated(String module, TableSchema table) {
        if (detail != Detail.QUIET) {
            out.accept(String.format(Locale.ROOT, "  %-13s %-36s %3d columns", module, table.name(), table.columnCount()));
        }
    }

    @Override
    public void foreignKeysCreated(String module, int count) {
        if (detail != Detail.QUIET && count > 0) {
            out.accept(String.format(Locale.ROOT, "  %-13s %s", module, plural(count, "foreign key")));
        }
    }

    @Override
    public void adopting(String module, int tables) {
        if (detail != Detail.QUIET) {
            out.accept(String.format(Locale.ROOT, "  %-13s all %d tables exist and match the models: adopting them unchanged",
                    module, tables));
        }
    }

    @Override
    public void stamped(String module, String baselineVersion) {
        stamped.add(module + " " + baselineVersion);
    }

    @Override
    public void initFinished(InitResult result) {
        if (!result.changedAnything()) {
            List<String> modules = result.modules().stream().map(InitResult.ModuleResult::module).toList();
            out.accept(result.waitedForAnotherInstance()
                    ? "Another instance initialised the database while this one waited for the lock; nothing to do."
                    : "Already initialised: every module (" + String.join(", ", modules)
                    + ") has its history; nothing to do.");
            return;
        }
        Counts created = result.created();
        if (created.tables() > 0) {
            out.accept("Created " + plural(created.tables(), "table") + ", " + plural(created.columns(), "column") + ", "
                    + plural(created.indexes(), "index", "indexes") + ", " + plural(created.foreignKeys(), "foreign key")
                    + " and " + plural(created.enumTypes(), "enum type") + " in " + duration(result.elapsed()) + ".");
        }
        List<String> adopted = result.modulesWith(Action.ADOPTED);
        if (!adopted.isEmpty()) {
            int tables = result.modules().stream().filter(module -> module.action() == Action.ADOPTED)
                    .mapToInt(InitResult.ModuleResult::tables).sum();
            out.accept("Adopted " + plural(adopted.size(), "module") + " (" + String.join(", ", adopted) + "; "
                    + plural(tables, "table") + ") without changing them" + (created.tables() > 0 ? "."
                    : ", in " + duration(result.elapsed()) + "."));
        }
        out.accept("Flyway history stamped at the models' baseline: " + String.join(", ", stamped) + ".");
        stamped.clear();
    }

    @Override
    public void migrationApplied(String module, AppliedMigration migration) {
        if (detail != Detail.QUIET) {
            out.accept(String.format(Locale.ROOT, "  %-13s V%-6s %s (%s)", module, migration.version(),
                    migration.description(), duration(migration.time())));
        }
    }

    @Override
    public void migrateFinished(MigrationReport result) {
        List<String> versions = result.modules().stream()
                .map(module -> module.module() + " " + (module.toVersion() == null ? "-" : module.toVersion())).toList();
        if (result.appliedCount() == 0) {
            out.accept("Nothing to migrate: every module is up to date (" + String.join(", ", versions) + ").");
            return;
        }
        long modules = result.modules().stream().filter(module -> !module.applied().isEmpty()).count();
        out.accept("Applied " + plural(result.appliedCount(), "migration") + " to " + plural((int) modules, "module")
                + " in " + duration(result.elapsed()) + "; now at " + String.join(", ", result.modules().stream()
                .filter(module -> !module.applied().isEmpty()).map(ProgressPrinter::versionText).toList()) + ".");
    }

    private static String versionText(ModuleMigrations module) {
        return module.module() + " " + module.toVersion();
    }

    /** "412 ms" below a second, "1.24 s" from there on. */
    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String plural(int count, String word) {
        return plural(count, word, word + "s");
    }

    private static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
