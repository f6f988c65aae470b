package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.ConstraintState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.SqlFragments;
import id.ac.ugm.aicare.sql.ddl.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link SchemaMigrator}'s columns: add (with a backfill too), drop, rename, type, nullability, default. */
final class ColumnSteps extends Converger {

    private final BackfillRun backfills;

    ColumnSteps(MigrationSession session, BackfillRun backfills) {
        super(session);
        this.backfills = backfills;
    }

    Outcome addColumn(String table, ColumnDef column) {
        validate(table);
        Objects.requireNonNull(column, "column");
        String op = "add column " + table + "." + column.name();
        newNames(column.name());
        TableState existing = requireTable(op, table);
        ColumnState have = existing.column(column.name());
        if (have != null) {
            List<String> problems = compare.columnDifferences(op, List.of(column), Map.of(column.name(), have));
            if (!problems.isEmpty()) {
                throw conflict(op, table + "." + column.name(), "column " + column.describe(), "column " + have.describe());
            }
            if (column.comment() != null && !column.comment().equals(have.comment())) {
                return change(op, () -> statements.one(op, commentOnColumnSql(table, column.name(), column.comment())),
                        table);
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        List<String> sql = new ArrayList<>();
        sql.add(column.definition().addSql(catalog.schema(), table));
        if (column.comment() != null) {
            sql.add(commentOnColumnSql(table, column.name(), column.comment()));
        }
        return change(op, () -> statements.atomic(op, sql), () -> catalog.plannedColumn(table, planned(column)), table);
    }

    Outcome addColumn(String table, ColumnDef column, Backfill backfill) {
        validate(table);
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(backfill, "backfill");
        String op = "add column " + table + "." + column.name() + " with a backfill";
        if (column.nullable() || column.defaultExpression() != null || column.serial()) {
            throw new IllegalArgumentException(op + ": the column must be NOT NULL without a default; add a column "
                    + "with a default, or a nullable one, with addColumn(table, column)");
        }
        if (!backfill.table().equals(table)
                || backfill.assignments().stream().noneMatch(assignment -> assignment.column().equals(column.name()))) {
            throw new IllegalArgumentException(op + ": the backfill must be of table " + table + " and set column "
                    + column.name());
        }
        TableState existing = requireTable(op, table);
        ColumnState have = existing.column(column.name());
        if (have != null && have.notNull()) {
            return addColumn(table, column);
        }
        ColumnDef nullable = new ColumnDef(column.name(), column.type(), true, null, column.comment());
        addColumn(table, nullable);
        String stillNull = quote(column.name()) + " IS NULL";
        Backfill pending = backfill.where(backfill.where() == null ? stillNull : stillNull + " AND (" + backfill.where() + ")");
        backfills.backfill(pending);
        setNotNull(table, column.name());
        return Outcome.APPLIED;
    }

    Outcome dropColumn(String table, String column, Confirmation confirmation) {
        validate(table);
        validate(column);
        String op = "drop column " + table + "." + column;
        Confirmation.require(confirmation, op, table + "." + column, "the values of column " + table + "." + column);
        TableState existing = catalog.table(table);
        if (existing == null || existing.column(column) == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " DROP COLUMN IF EXISTS " + quote(column)),
                () -> catalog.plannedColumnGone(table, column), table);
    }

    Outcome renameColumn(String table, String from, String to) {
        validate(table);
        validate(from);
        validate(to);
        String op = "rename column " + table + "." + from + " to " + to;
        newNames(to);
        TableState existing = requireTable(op, table);
        boolean hasFrom = existing.column(from) != null;
        boolean hasTo = existing.column(to) != null;
        if (!hasFrom && hasTo) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (hasFrom && !hasTo) {
            return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " RENAME COLUMN " + quote(from)
                    + " TO " + quote(to)), () -> catalog.plannedColumnRename(table, from, to), table);
        }
        throw conflict(op, table + "." + from, "column " + from + " or column " + to + ", not both",
                hasFrom ? "both columns" : "neither column");
    }

    Outcome changeColumnType(String table, String column, String type, String using, Confirmation confirmation) {
        validate(table);
        validate(column);
        String checkedType = SqlFragments.typeName(type, "type");
        String checkedUsing = using == null ? null : SqlFragments.expression(using, "USING expression");
        if (PgTypes.isSerial(checkedType)) {
            throw new IllegalArgumentException("change column type: serial is not a type; use integer or bigint and a default");
        }
        String op = "change type of " + table + "." + column + " to " + checkedType;
        ColumnState have = requireColumn(op, table, column);
        String target = compare.formatType(op, checkedType, have.type());
        if (target.equals(have.type())) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        boolean plainCast = checkedUsing == null || checkedUsing.replace(" ", "").equals(
                (quote(column) + "::" + checkedType).replace(" ", ""));
        if (!plainCast || !TypeWidening.keepsEveryValue(have.type(), target)) {
            Confirmation.require(confirmation, op, table + "." + column, "the values of column " + table + "." + column
                    + " that " + target + (checkedUsing == null ? "" : " USING " + checkedUsing)
                    + " does not keep exactly (from " + have.type() + ")");
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column) + " TYPE "
                + checkedType + (checkedUsing == null ? "" : " USING " + checkedUsing)),
                () -> catalog.plannedColumn(table, new ColumnState(column, target, have.notNull(), have.defaultExpression(),
                        have.comment())), table);
    }

    Outcome setNotNull(String table, String column) {
        validate(table);
        validate(column);
        String op = "set not null " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        String check = SchemaMigrator.notNullCheckName(table, column);
        String expression = quote(column) + " IS NOT NULL";
        ConstraintState helper = catalog.table(table).constraint(check);
        if (helper != null && (helper.type() != 'c' || !compare.sameCheck(op, table, expression, helper.definition()))) {
            throw conflict(op, table + "." + check, "helper check CHECK (" + expression + ")",
                    helper.kind() + " " + helper.definition());
        }
        if (have.notNull() && helper == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        List<String> steps = new ArrayList<>();
        if (!have.notNull()) {
            if (helper == null) {
                steps.add(new Check(check, expression).addSql(catalog.schema(), table, true));
            }
            if (helper == null || !helper.validated()) {
                steps.add("ALTER TABLE " + q(table) + " VALIDATE CONSTRAINT " + quote(check));
            }
            steps.add("ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column) + " SET NOT NULL");
        }
        steps.add("ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + quote(check));
        return change(op, () -> {
            try {
                statements.each(op, steps);
            } catch (MigrationException e) {
                if ("23514".equals(e.sqlState())) {
                    throw new MigrationException(op + ": column " + table + "." + column + " still holds NULL values; "
                            + "backfill them and re-run (the NOT VALID check " + check + " already guards new rows)", e);
                }
                throw e;
            }
        }, () -> catalog.plannedColumn(table, new ColumnState(column, have.type(), true, have.defaultExpression(),
                have.comment())), table);
    }

    Outcome dropNotNull(String table, String column) {
        validate(table);
        validate(column);
        String op = "drop not null " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        if (!have.notNull()) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column)
                + " DROP NOT NULL"), () -> catalog.plannedColumn(table, new ColumnState(column, have.type(), false,
                have.defaultExpression(), have.comment())), table);
    }

    Outcome setDefault(String table, String column, String expression) {
        validate(table);
        validate(column);
        String checked = SqlFragments.expression(expression, "default");
        String op = "set default of " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        if (have.defaultExpression() != null && compare.sameDefault(op, have.type(), checked, have.defaultExpression())) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column)
                + " SET DEFAULT " + checked), () -> catalog.plannedColumn(table, new ColumnState(column, have.type(),
                have.notNull(), checked, have.comment())), table);
    }

    Outcome dropDefault(String table, String column) {
        validate(table);
        validate(column);
        String op = "drop default of " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        if (have.defaultExpression() == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column)
                + " DROP DEFAULT"), () -> catalog.plannedColumn(table, new ColumnState(column, have.type(), have.notNull(),
                null, have.comment())), table);
    }
}
