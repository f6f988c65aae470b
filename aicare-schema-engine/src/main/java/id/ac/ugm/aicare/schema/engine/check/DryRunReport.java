package id.ac.ugm.aicare.schema.engine.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code migrate} would send, per module, as {@link MigrationDryRun} computed it without
 * changing the database.
 *
 * @param modules every module, in dependency order
 */
public record DryRunReport(List<ModuleDryRun> modules) {

    public DryRunReport {
        modules = List.copyOf(modules);
    }

    /**
     * One module.
     *
     * @param module      its name
     * @param initialised whether its history exists (else {@code init} creates it from the models first)
     * @param pending     its pending migrations, in the order {@code migrate} would apply them
     */
    public record ModuleDryRun(String module, boolean initialised, List<PlannedMigration> pending) {
        public ModuleDryRun {
            pending = List.copyOf(pending);
        }
    }

    /**
     * One pending migration.
     *
     * @param version     its version ({@code R} for a repeatable one)
     * @param description its description
     * @param kind        {@code SQL}, {@code Java} (on the helpers) or {@code Java (not on the helpers)}
     * @param statements  what it would send, in order: an SQL script's statements as written, or the
     *                    statements the helpers would send against this database's catalog
     * @param note        why the statements are not known ({@code null} when they are)
     */
    public record PlannedMigration(String version, String description, String kind, List<String> statements,
                                   String note) {
        public PlannedMigration {
            statements = List.copyOf(statements);
        }
    }

    /** How many migrations are pending in all. */
    public int pendingCount() {
        return modules.stream().mapToInt(module -> module.pending().size()).sum();
    }

    /** The report as lines: each pending migration with its statements, or what each module is at. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ModuleDryRun module : modules) {
            if (!module.initialised()) {
                lines.add(String.format("%-13s not initialised: init creates its tables from the models and stamps "
                        + "it at their baseline", module.module()));
                continue;
            }
            if (module.pending().isEmpty()) {
                lines.add(String.format("%-13s nothing pending", module.module()));
            }
            for (PlannedMigration migration : module.pending()) {
                lines.add(String.format("%-13s V%-6s %s (%s)", module.module(), migration.version(), migration.description(),
                        migration.kind()));
                migration.statements().forEach(statement -> lines.add("    " + statement.strip().replace("\n", "\n    ")
                        + (statement.strip().endsWith(";") ? "" : ";")));
                if (migration.note() != null) {
                    lines.add("    -- " + migration.note());
                }
                if (migration.statements().isEmpty() && migration.note() == null) {
                    lines.add("    -- nothing: the database already is as this migration describes");
                }
            }
        }
        int pending = pendingCount();
        lines.add("Dry run: " + (pending == 0 ? "nothing to migrate" : pending + (pending == 1 ? " migration" : " migrations")
                + " pending") + "; nothing was changed and no history was written.");
        return lines;
    }
}
