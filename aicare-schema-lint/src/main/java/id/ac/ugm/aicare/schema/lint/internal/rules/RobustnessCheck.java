package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the statements that are not safe to run twice. Shared by {@code prefer-robust-stmts} (for
 * versioned migrations) and {@code repeatable-migration-not-rerunnable} (for repeatable ones, which
 * Flyway runs again whenever they change).
 */
final class RobustnessCheck {

    /** Objects whose CREATE takes IF NOT EXISTS. */
    private static final Set<String> IF_NOT_EXISTS = Set.of("SEQUENCE", "SCHEMA", "EXTENSION", "MATERIALIZED VIEW",
            "FOREIGN TABLE", "SERVER", "COLLATION", "STATISTICS");
    /** Objects whose CREATE takes OR REPLACE. */
    private static final Set<String> OR_REPLACE = Set.of("VIEW", "FUNCTION", "PROCEDURE", "TRIGGER", "RULE",
            "LANGUAGE", "AGGREGATE", "TRANSFORM");

    private RobustnessCheck() {
    }

    static List<RobustnessProblem> problems(MigrationScript script) {
        List<RobustnessProblem> problems = new ArrayList<>();
        for (ParsedStatement statement : script.all()) {
            if (statement.guarded()) {
                continue;
            }
            check(script, statement, problems);
        }
        return problems;
    }

    private static void check(MigrationScript script, ParsedStatement statement, List<RobustnessProblem> out) {
        var first = statement.sql().first();
        Ddl ddl = statement.ddl();
        if (ddl instanceof Ddl.CreateTable create) {
            if (!create.ifNotExists() && !create.temporary() && !script.pairedDrop("TABLE", create.name())
                    && !script.droppedByCascade(statement)) {
                out.add(new RobustnessProblem(statement, first, "CREATE TABLE without IF NOT EXISTS fails on the second run"));
            }
        } else if (ddl instanceof Ddl.CreateIndex create) {
            if (create.name() == null) {
                out.add(new RobustnessProblem(statement, first, "an unnamed index is built again on every run"));
            } else if (!create.ifNotExists()
                    && !script.pairedDrop("INDEX", new QualifiedName(null, create.name()))
                    && !script.recreatesTable(create.table())
                    && !script.recreates("MATERIALIZED VIEW", create.table())
                    && !script.droppedByCascade(statement)) {
                out.add(new RobustnessProblem(statement, first, "CREATE INDEX without IF NOT EXISTS fails on the second run"));
            }
        } else if (ddl instanceof Ddl.CreateObject create) {
            createObject(script, statement, create, out);
        } else if (ddl instanceof Ddl.AlterTable alter) {
            alterTable(script, statement, alter, out);
        } else if (ddl instanceof Ddl.AlterType alter) {
            if (alter.addValue() != null && !alter.ifNotExists()) {
                out.add(new RobustnessProblem(statement, alter.addValue(), "ADD VALUE without IF NOT EXISTS fails on the second run"));
            } else if (alter.renameValue() != null) {
                out.add(new RobustnessProblem(statement, alter.renameValue(),
                        "RENAME VALUE fails on the second run: the old label is gone"));
            }
        } else if (ddl instanceof Ddl.RenameObject rename) {
            if (!rename.ifExists() && !script.renameCycles(rename.objectType(), rename.name(), rename.to())) {
                out.add(new RobustnessProblem(statement, rename.at(),
                        "ALTER " + rename.objectType() + " ... RENAME fails on the second run: the old name is gone"));
            }
        } else if (ddl instanceof Ddl.DropObjects drop) {
            if (!drop.ifExists() && !drop.names().stream().allMatch(name -> script.createdOnEveryRun(drop.objectType(), name)
                    && !(isView(drop.objectType()) && script.dependentViewBlocksDrop(name, statement)))) {
                out.add(new RobustnessProblem(statement, first,
                        "DROP " + drop.objectType() + " without IF EXISTS fails on the second run"));
            }
        }
    }

    private static void createObject(MigrationScript script, ParsedStatement statement, Ddl.CreateObject create,
            List<RobustnessProblem> out) {
        if (create.ifNotExists() || create.orReplace() || create.name() == null) {
            return;
        }
        if (script.pairedDrop(create.objectType(), create.name())
                && !(isView(create.objectType()) && script.anyDropBlockedByDependents(create.objectType(), create.name()))) {
            return;
        }
        if (script.droppedByCascade(statement)) {
            return;
        }
        String type = create.objectType();
        String message;
        if (IF_NOT_EXISTS.contains(type)) {
            message = "CREATE " + type + " without IF NOT EXISTS fails on the second run";
        } else if (OR_REPLACE.contains(type)) {
            message = "CREATE " + type + " without OR REPLACE fails on the second run";
        } else {
            message = "CREATE " + type + " has no IF NOT EXISTS and fails on the second run; guard it in a DO block";
        }
        out.add(new RobustnessProblem(statement, statement.sql().first(), message));
    }

    private static void alterTable(MigrationScript script, ParsedStatement statement, Ddl.AlterTable alter,
            List<RobustnessProblem> out) {
        Set<String> droppedHere = new HashSet<>();
        QualifiedName table = alter.table();
        if (script.recreatesTable(table)) {
            // A table the file drops and creates again is new on every run: what is added to it is added once.
            return;
        }
        for (AlterTableAction action : alter.actions()) {
            String problem = null;
            if (action instanceof AlterTableAction.AddColumn add) {
                problem = add.ifNotExists() || (add.column() != null && script.columnAddedAndDropped(table, add.column().name()))
                        || script.droppedByCascade(statement, action)
                        ? null : "ADD COLUMN without IF NOT EXISTS fails on the second run";
            } else if (action instanceof AlterTableAction.AddConstraint add) {
                String name = MigrationScript.constraintName(table, add);
                if (name == null) {
                    problem = "an unnamed constraint is added again, or fails, on the second run";
                } else if (!droppedHere.contains(name) && !script.dropsConstraintIfExistsBefore(name, statement)
                        && !script.constraintAddedAndDropped(name) && !script.droppedByCascade(statement, action)) {
                    problem = "ADD CONSTRAINT fails on the second run; PostgreSQL has no IF NOT EXISTS for constraints";
                }
            } else if (action instanceof AlterTableAction.DropColumn drop) {
                problem = drop.ifExists() || script.columnAddedAndDropped(table, drop.column())
                        ? null : "DROP COLUMN without IF EXISTS fails on the second run";
            } else if (action instanceof AlterTableAction.DropConstraint drop) {
                if (drop.ifExists()) {
                    droppedHere.add(drop.name());
                } else if (!script.constraintAddedAndDropped(drop.name())) {
                    problem = "DROP CONSTRAINT without IF EXISTS fails on the second run";
                }
            } else if (alter.ifExists() && isRename(action)) {
                // ALTER TABLE IF EXISTS old RENAME ...: the second run finds no table named old and does nothing.
                problem = null;
            } else if (action instanceof AlterTableAction.RenameColumn) {
                problem = "RENAME COLUMN fails on the second run: the old name is gone";
            } else if (action instanceof AlterTableAction.RenameTable rename) {
                problem = script.renameCycles("TABLE", table, rename.to()) ? null
                        : "RENAME TO fails on the second run: the old name is gone";
            } else if (action instanceof AlterTableAction.RenameConstraint) {
                problem = "RENAME CONSTRAINT fails on the second run: the old name is gone";
            }
            if (problem != null) {
                out.add(new RobustnessProblem(statement, action.at(), problem));
            }
        }
    }

    private static boolean isView(String objectType) {
        return objectType.equals("VIEW") || objectType.equals("MATERIALIZED VIEW");
    }

    /** Only a table rename makes IF EXISTS a no-op on the second run; a column rename finds the table and fails. */
    private static boolean isRename(AlterTableAction action) {
        return action instanceof AlterTableAction.RenameTable;
    }
}
