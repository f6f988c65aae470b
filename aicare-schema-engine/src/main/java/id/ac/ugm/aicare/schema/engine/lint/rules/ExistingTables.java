package id.ac.ugm.aicare.schema.engine.lint.rules;

import id.ac.ugm.aicare.schema.engine.lint.ddl.Ddl;
import id.ac.ugm.aicare.schema.engine.lint.ddl.QualifiedName;

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
}
