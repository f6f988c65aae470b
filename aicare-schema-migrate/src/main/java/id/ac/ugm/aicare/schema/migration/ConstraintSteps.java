package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ConstraintState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.IndexState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.SqlFragments;
import id.ac.ugm.aicare.sql.ddl.AddForeignKey;
import id.ac.ugm.aicare.sql.ddl.Check;
import java.util.List;
import java.util.Objects;

/** {@link SchemaMigrator}'s constraints: foreign keys, unique and check constraints (added NOT VALID, then validated), drop. */
final class ConstraintSteps extends Converger {

    ConstraintSteps(MigrationSession session) {
        super(session);
    }

    Outcome addForeignKey(ForeignKeyDef foreignKey) {
        Objects.requireNonNull(foreignKey, "foreignKey");
        foreignKey.check();
        String name = foreignKey.constraintName();
        String op = "add foreign key " + foreignKey.table() + "." + name;
        newNames(name);
        TableState table = requireTable(op, foreignKey.table());
        requireTable(op, foreignKey.referencedTable());
        ConstraintState have = table.constraint(name);
        String validate = "ALTER TABLE " + q(foreignKey.table()) + " VALIDATE CONSTRAINT " + quote(name);
        if (have != null) {
            String found = have.type() == 'f'
                    ? have.columns() + " -> " + have.refTable() + have.refColumns() + " ON DELETE " + have.onDelete()
                    + " ON UPDATE " + have.onUpdate()
                    : have.kind() + " " + have.definition();
            boolean same = have.type() == 'f' && have.columns().equals(foreignKey.columns())
                    && Objects.equals(have.refSchema(), catalog.schema())
                    && have.refTable().equals(foreignKey.referencedTable())
                    && have.refColumns().equals(foreignKey.referencedColumns())
                    && have.onDelete().equals(foreignKey.onDelete().sql()) && have.onUpdate().equals(foreignKey.onUpdate().sql());
            if (!same) {
                throw conflict(op, foreignKey.table() + "." + name, "foreign key " + foreignKey.describe(), found);
            }
            if (have.validated()) {
                return done(op, Outcome.ALREADY_PRESENT);
            }
            return change(op, () -> statements.one(op, validate), foreignKey.table());
        }
        String add = new AddForeignKey(foreignKey.table(), name, foreignKey.columns(), foreignKey.referencedTable(),
                foreignKey.referencedColumns(), foreignKey.onDelete().sql(), foreignKey.onUpdate().sql(), true)
                .sql(catalog.schema());
        return change(op, () -> statements.each(op, List.of(add, validate)), () -> catalog.plannedConstraint(foreignKey.table(),
                new ConstraintState(name, 'f', add, true, foreignKey.columns(), catalog.schema(), foreignKey.referencedTable(),
                        foreignKey.referencedColumns(), foreignKey.onDelete().sql(), foreignKey.onUpdate().sql())),
                foreignKey.table());
    }

    Outcome addUniqueConstraint(String table, String name, String... columns) {
        validate(table);
        validate(name);
        List<String> keyColumns = List.of(columns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs columns");
        }
        keyColumns.forEach(column -> validate(column));
        String op = "add unique constraint " + table + "." + name;
        newNames(name);
        TableState existing = requireTable(op, table);
        ConstraintState have = existing.constraint(name);
        if (have != null) {
            if (have.type() != 'u' || !have.columns().equals(keyColumns)) {
                throw conflict(op, table + "." + name, "UNIQUE " + keyColumns, have.kind() + " " + have.definition());
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        boolean concurrently = !statements.inTransaction();
        IndexDef index = IndexDef.on(table).named(name).columns(columns).unique().concurrently(concurrently);
        IndexState leftover = catalog.index(name);
        String kind = catalog.relationKind(name);
        if (leftover == null && kind != null) {
            throw conflict(op, name, "no relation of that name or its unique index", kindName(kind) + " " + name);
        }
        if (leftover != null && leftover.valid() && (!leftover.table().equals(table) || leftover.constraint() != null
                || !leftover.unique() || !compare.sameIndexShape(op, index, leftover.shape()))) {
            throw conflict(op, name, index.describe(), (leftover.unique() ? "UNIQUE " : "") + "index on "
                    + leftover.table() + " USING " + leftover.shape());
        }
        String create = index.statement(name, table).concurrently(concurrently).ifNotExists().sql(catalog.schema());
        String attach = "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + quote(name) + " UNIQUE USING INDEX " + quote(name);
        return change(op, () -> {
            if (leftover == null || !leftover.valid()) {
                if (concurrently) {
                    buildConcurrently(op, name, create, leftover != null);
                } else {
                    if (leftover != null) {
                        dropIndexStatement(op, name, false);
                    }
                    statements.one(op, create);
                }
            }
            statements.one(op, attach);
        }, () -> catalog.plannedConstraint(table, new ConstraintState(name, 'u', "UNIQUE (" + columnList(keyColumns) + ")",
                true, keyColumns, null, null, List.of(), null, null)), table);
    }

    Outcome addCheckConstraint(String table, String name, String expression) {
        validate(table);
        validate(name);
        String checked = SqlFragments.expression(expression, "check expression");
        String op = "add check constraint " + table + "." + name;
        newNames(name);
        TableState existing = requireTable(op, table);
        ConstraintState have = existing.constraint(name);
        String validate = "ALTER TABLE " + q(table) + " VALIDATE CONSTRAINT " + quote(name);
        if (have != null) {
            if (have.type() != 'c' || !compare.sameCheck(op, table, checked, have.definition())) {
                throw conflict(op, table + "." + name, "CHECK (" + checked + ")", have.kind() + " " + have.definition());
            }
            if (have.validated()) {
                return done(op, Outcome.ALREADY_PRESENT);
            }
            return change(op, () -> statements.one(op, validate), table);
        }
        String add = new Check(name, checked).addSql(catalog.schema(), table, true);
        return change(op, () -> statements.each(op, List.of(add, validate)), () -> catalog.plannedConstraint(table,
                new ConstraintState(name, 'c', "CHECK (" + checked + ")", true, List.of(), null, null, List.of(), null, null)),
                table);
    }

    Outcome dropConstraint(String table, String name, Confirmation confirmation) {
        validate(table);
        validate(name);
        String op = "drop constraint " + table + "." + name;
        Confirmation.require(confirmation, op, table + "." + name, "the guarantee that constraint " + name + " gives");
        TableState existing = catalog.table(table);
        if (existing == null || existing.constraint(name) == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + quote(name)),
                () -> catalog.plannedConstraintGone(table, name), table);
    }
}
