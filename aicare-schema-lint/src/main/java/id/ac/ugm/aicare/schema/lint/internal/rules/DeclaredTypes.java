package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ColumnDefinition;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.SqlType;
import java.util.function.BiConsumer;

/** Every column type a migration declares: in CREATE TABLE, ADD COLUMN and ALTER COLUMN ... TYPE. */
final class DeclaredTypes {

    private DeclaredTypes() {
    }

    static void forEach(MigrationScript script, BiConsumer<ParsedStatement, SqlType> action) {
        for (ParsedStatement statement : script.all()) {
            Ddl ddl = statement.ddl();
            if (ddl instanceof Ddl.CreateTable create && !create.temporary()) {
                for (ColumnDefinition column : create.columns()) {
                    if (column.type() != null) {
                        action.accept(statement, column.type());
                    }
                }
            } else if (ddl instanceof Ddl.AlterTable alter) {
                for (AlterTableAction change : alter.actions()) {
                    if (change instanceof AlterTableAction.AddColumn add && add.column().type() != null) {
                        action.accept(statement, add.column().type());
                    } else if (change instanceof AlterTableAction.AlterColumnType retype) {
                        action.accept(statement, retype.type());
                    }
                }
            }
        }
    }
}
