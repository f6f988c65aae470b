package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import java.util.function.BiConsumer;

/**
 * Whether a statement touches a table that exists before the migration runs. The online-safety
 * rules only care about those: a table created earlier in the same file is empty and invisible to
 * other sessions until the migration commits.
 */
final class ExistingTables {

    private ExistingTables() {
    }

    static boolean isExisting(MigrationScript script, QualifiedName table, ParsedStatement statement) {
        return table != null && !script.createsTableBefore(table, statement);
    }

    /** The ALTER TABLE of {@code statement} if it alters a table that already exists, else null. */
    static Ddl.AlterTable alterOfExisting(MigrationScript script, ParsedStatement statement) {
        if (statement.ddl() instanceof Ddl.AlterTable alter && isExisting(script, alter.table(), statement)) {
            return alter;
        }
        return null;
    }

    /** Hands each action of every ALTER TABLE that alters a pre-existing table to the visitor, in order. */
    static void forEachAlterAction(MigrationScript script, BiConsumer<ParsedStatement, AlterTableAction> visitor) {
        for (ParsedStatement statement : script.all()) {
            Ddl.AlterTable alter = alterOfExisting(script, statement);
            if (alter != null) {
                alter.actions().forEach(action -> visitor.accept(statement, action));
            }
        }
    }
}
