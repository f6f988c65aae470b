package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.ddl.CommentOn;
import java.util.Objects;

/** {@link SchemaMigrator}'s comments on tables and columns. */
final class CommentSteps extends Converger {

    CommentSteps(MigrationSession session) {
        super(session);
    }

    Outcome commentOnTable(String table, String comment) {
        validate(table);
        String op = "comment on table " + table;
        TableState existing = requireTable(op, table);
        if (Objects.equals(existing.comment(), comment)) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, CommentOn.table(table, comment).sql(catalog.schema())),
                () -> catalog.plannedComment(table, comment), table);
    }

    Outcome commentOnColumn(String table, String column, String comment) {
        validate(table);
        validate(column);
        String op = "comment on column " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        if (Objects.equals(have.comment(), comment)) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, commentOnColumnSql(table, column, comment)),
                () -> catalog.plannedColumn(table, new ColumnState(column, have.type(), have.notNull(),
                        have.defaultExpression(), comment)), table);
    }
}
