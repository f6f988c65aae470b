package id.ac.ugm.aicare.schema.engine.diff.internal;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import java.util.Map;

/**
 * A rename must name what is there: the old name in the database and not in the models, the new
 * one in the models and not in the database. Anything else is refused with one line naming it.
 */
final class RenameCheck {

    private final SchemaSnapshot from;
    private final SchemaSnapshot to;
    private final RenameRequest renames;

    RenameCheck(SchemaSnapshot from, SchemaSnapshot to, RenameRequest renames) {
        this.from = from;
        this.to = to;
        this.renames = renames;
    }

    void check() {
        renames.tables().forEach((old, renamed) -> {
            String option = "rename table " + old + "=" + renamed;
            if (from.table(old) == null) {
                throw new PlanRefused(option + ": the database has no table " + old);
            }
            if (to.table(renamed) == null) {
                throw new PlanRefused(option + ": the models have no table " + renamed);
            }
            if (from.table(renamed) != null) {
                throw new PlanRefused(option + ": the database has a table " + renamed + " already");
            }
            if (to.table(old) != null) {
                throw new PlanRefused(option + ": the models still have a table " + old);
            }
        });
        renames.columns().forEach((table, columns) -> columns.forEach((old, renamed) -> {
            String option = "rename column " + table + "." + old + "=" + renamed;
            TableSnapshot want = to.table(table);
            if (want == null) {
                throw new PlanRefused(option + ": the models have no table " + table
                        + " (name the table as the models do)");
            }
            String oldTable = renames.tables().entrySet().stream().filter(e -> e.getValue().equals(table))
                    .map(Map.Entry::getKey).findFirst().orElse(table);
            TableSnapshot have = from.table(oldTable);
            if (have == null) {
                throw new PlanRefused(option + ": the database has no table " + oldTable);
            }
            if (have.column(old) == null) {
                throw new PlanRefused(option + ": table " + oldTable + " in the database has no column " + old
                        + " (it has " + have.columns().stream().map(ColumnSnapshot::name).toList() + ")");
            }
            if (want.column(renamed) == null) {
                throw new PlanRefused(option + ": table " + table + " in the models has no column " + renamed);
            }
            if (have.column(renamed) != null) {
                throw new PlanRefused(option + ": table " + oldTable + " in the database has a column " + renamed
                        + " already");
            }
            if (want.column(old) != null) {
                throw new PlanRefused(option + ": table " + table + " in the models still has a column " + old);
            }
        }));
    }
}
