package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.ConstraintState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.IndexState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.ddl.CommentOn;
import id.ac.ugm.aicare.sql.ddl.CreateTable;
import id.ac.ugm.aicare.sql.ddl.KeyConstraint;
import id.ac.ugm.aicare.sql.ddl.TableElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** {@link SchemaMigrator}'s tables: create (described or rendered), drop, rename. */
final class TableSteps extends Converger {

    TableSteps(MigrationSession session) {
        super(session);
    }

    Outcome createTable(TableDef table) {
        Objects.requireNonNull(table, "table");
        String op = "create table " + table.name();
        newNames(table.name());
        table.columns().forEach(column -> newNames(column.name()));
        if (table.columns().isEmpty()) {
            throw new IllegalArgumentException(op + ": no columns described");
        }
        String kind = catalog.relationKind(table.name());
        TableState existing = catalog.table(table.name());
        if (existing == null && kind != null) {
            throw conflict(op, table.name(), "a table", kindName(kind) + " " + table.name());
        }
        if (existing == null) {
            List<TableElement> lines = new ArrayList<>();
            table.columns().forEach(column -> lines.add(column.definition()));
            if (!table.primaryKey().isEmpty()) {
                lines.add(KeyConstraint.primaryKey(primaryKeyName(table.name()), table.primaryKey()));
            }
            List<String> sql = new ArrayList<>();
            sql.add(CreateTable.of(table.name(), lines).ifNotExists().sql(catalog.schema()));
            if (table.comment() != null) {
                sql.add(CommentOn.table(table.name(), table.comment()).sql(catalog.schema()));
            }
            for (ColumnDef column : table.columns()) {
                if (column.comment() != null) {
                    sql.add(commentOnColumnSql(table.name(), column.name(), column.comment()));
                }
            }
            return change(op, () -> statements.atomic(op, sql), () -> catalog.plannedTable(planned(table)), table.name());
        }
        List<String> problems = new ArrayList<>();
        List<ColumnDef> wanted = new ArrayList<>();
        Map<String, ColumnState> found = new LinkedHashMap<>();
        for (ColumnDef column : table.columns()) {
            ColumnState have = existing.column(column.name());
            if (have == null) {
                problems.add("missing column " + column.name() + " " + column.describe());
            } else {
                wanted.add(table.primaryKey().contains(column.name()) ? column.notNull() : column);
                found.put(column.name(), have);
            }
        }
        problems.addAll(compare.columnDifferences(op, wanted, found));
        ConstraintState primaryKey = existing.primaryKey();
        List<String> keyFound = primaryKey == null ? List.of() : primaryKey.columns();
        if (!keyFound.equals(table.primaryKey())) {
            problems.add("primary key expected " + table.primaryKey() + ", found " + keyFound);
        }
        if (!problems.isEmpty()) {
            throw conflict(op, table.name(), "table " + table.name() + " as described",
                    String.join("; ", problems));
        }
        List<String> comments = new ArrayList<>();
        if (table.comment() != null && !table.comment().equals(existing.comment())) {
            comments.add(CommentOn.table(table.name(), table.comment()).sql(catalog.schema()));
        }
        for (ColumnDef column : table.columns()) {
            if (column.comment() != null && !column.comment().equals(existing.column(column.name()).comment())) {
                comments.add(commentOnColumnSql(table.name(), column.name(), column.comment()));
            }
        }
        if (comments.isEmpty()) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.atomic(op, comments), table.name());
    }

    Outcome createTable(RenderedTable table) {
        Objects.requireNonNull(table, "table");
        String op = "create table " + table.name() + " (from " + table.source() + ")";
        // Unqualified: they run with the target schema first on the search path, where the
        // rendered column types (enum types of the models) are found too.
        List<String> create = new ArrayList<>();
        create.add(table.createTable().ifNotExists().sql());
        table.comments().forEach(comment -> create.add(comment.sql()));
        table.indexes().forEach(index -> create.add(index.ifNotExists().sql()));
        String kind = catalog.relationKind(table.name());
        TableState existing = catalog.table(table.name());
        if (existing == null && kind != null) {
            throw conflict(op, table.name(), "a table", kindName(kind) + " " + table.name());
        }
        if (existing == null) {
            List<String> sql = new ArrayList<>();
            boolean qualify = !catalog.isCurrentSchema();
            if (qualify) {
                sql.add("SELECT set_config('aicare.search_path', current_setting('search_path'), true), "
                        + "set_config('search_path', " + literal(quote(catalog.schema())) + ", true)");
            }
            sql.addAll(create);
            if (qualify) {
                sql.add("SELECT set_config('search_path', current_setting('aicare.search_path'), true)");
            }
            return change(op, () -> statements.atomic(op, sql), () -> catalog.plannedTable(planned(op, table, create)),
                    table.name());
        }
        TableSnapshot[] pair = probe.modelTable(op, catalog.schema(), table.name(), create);
        TableSnapshot modelled = pair[0];
        TableSnapshot actual = withoutForeignKeys(pair[1]);
        List<Difference> differences = SchemaDiff.compare(single(modelled), single(actual));
        // What the models have must be there as they have it; what later steps added (expected == null) may be too.
        List<Difference> blocking = differences.stream()
                .filter(d -> d.kind() != Difference.Kind.COMMENT && d.expected() != null).toList();
        if (!blocking.isEmpty()) {
            throw conflict(op, table.name(), "table " + table.name() + " as the models define it",
                    String.join("; ", blocking.stream().map(Difference::toString).toList()));
        }
        if (differences.stream().noneMatch(d -> d.kind() == Difference.Kind.COMMENT)) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.atomic(op, table.comments().stream()
                .map(comment -> comment.sql(catalog.schema())).toList()), table.name());
    }

    Outcome dropTable(String table, Confirmation confirmation) {
        validate(table);
        String op = "drop table " + table;
        Confirmation.require(confirmation, op, table, "every row of table " + table);
        String kind = catalog.relationKind(table);
        if (kind == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (catalog.table(table) == null) {
            throw conflict(op, table, "a table or nothing", kindName(kind) + " " + table);
        }
        return change(op, () -> statements.one(op, "DROP TABLE IF EXISTS " + q(table)), () -> catalog.plannedTableGone(table),
                table);
    }

    Outcome renameTable(String from, String to) {
        validate(from);
        validate(to);
        String op = "rename table " + from + " to " + to;
        newNames(to);
        boolean hasFrom = catalog.table(from) != null;
        boolean hasTo = catalog.table(to) != null;
        String toKind = catalog.relationKind(to);
        if (!hasFrom && hasTo) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (hasFrom && !hasTo && toKind == null) {
            return change(op, () -> statements.one(op, "ALTER TABLE " + q(from) + " RENAME TO " + quote(to)),
                    () -> catalog.plannedTableRename(from, to), from, to);
        }
        throw conflict(op, from, "table " + from + " or table " + to + ", not both",
                (hasFrom ? "table " + from : "no " + from) + " and "
                        + (toKind == null ? "no " + to : kindName(toKind) + " " + to));
    }

    /** The table a TableDef creates, as a dry run keeps it in its view of the catalog. */
    static TableState planned(TableDef table) {
        Map<String, ColumnState> columns = new LinkedHashMap<>();
        for (ColumnDef column : table.columns()) {
            ColumnDef described = table.primaryKey().contains(column.name()) ? column.notNull() : column;
            columns.put(column.name(), planned(described));
        }
        Map<String, ConstraintState> constraints = new LinkedHashMap<>();
        if (!table.primaryKey().isEmpty()) {
            String name = primaryKeyName(table.name());
            constraints.put(name, new ConstraintState(name, 'p', "PRIMARY KEY (" + columnList(table.primaryKey()) + ")",
                    true, table.primaryKey(), null, null, List.of(), null, null));
        }
        return new TableState(table.name(), table.comment(), columns, constraints, new LinkedHashMap<>());
    }

    /**
     * The table a rendered CREATE TABLE makes, as PostgreSQL would store it (asked in a rolled-back
     * probe, after the enum types planned before it), for a dry run's view of the catalog.
     */
    TableState planned(String op, RenderedTable table, List<String> create) {
        List<String> withTypes = new ArrayList<>(statements.planned().stream()
                .filter(sql -> sql.startsWith("CREATE TYPE ")).toList());
        withTypes.addAll(create);
        TableSnapshot made = probe.modelTable(op, catalog.schema(), table.name(), withTypes)[0];
        Map<String, ColumnState> columns = new LinkedHashMap<>();
        made.columns().forEach(column -> columns.put(column.name(), new ColumnState(column.name(), column.type(),
                column.notNull(), column.defaultExpression(), column.comment())));
        Map<String, ConstraintState> constraints = new LinkedHashMap<>();
        if (made.primaryKey() != null) {
            constraints.put(made.primaryKey().name(), new ConstraintState(made.primaryKey().name(), 'p',
                    made.primaryKey().definition(), true, made.primaryKey().columns(), null, null, List.of(), null, null));
        }
        Map<String, IndexState> indexes = new LinkedHashMap<>();
        made.indexes().forEach(index -> indexes.put(index.name(), new IndexState(index.name(), table.name(), index.unique(),
                true, index.method(), index.keys(), index.predicate(), index.definition(), null)));
        return new TableState(table.name(), made.comment(), columns, constraints, indexes);
    }

    static TableSnapshot withoutForeignKeys(TableSnapshot table) {
        if (table == null) {
            return null;
        }
        return new TableSnapshot(table.name(), table.comment(), table.columns(), table.primaryKey(),
                table.uniqueConstraints(), table.checks(), List.of(), table.indexes());
    }

    SchemaSnapshot single(TableSnapshot table) {
        TreeMap<String, TableSnapshot> tables = new TreeMap<>();
        if (table != null) {
            tables.put(table.name(), table);
        }
        return new SchemaSnapshot(catalog.schema(), tables, new TreeMap<>(), new TreeMap<>());
    }
}
