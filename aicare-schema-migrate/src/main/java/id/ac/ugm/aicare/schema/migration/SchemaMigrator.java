package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.ConstraintState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.IndexState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.SequenceState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import id.ac.ugm.aicare.sql.SqlFragments;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idempotent schema changes on any JDBC {@link Connection}: each method describes an end state,
 * checks pg_catalog, and converges on it. It returns {@link Outcome#APPLIED} when it changed the
 * database and {@link Outcome#ALREADY_PRESENT} when the state was there already (no DDL ran). When
 * the object exists in another shape (a column of another type or nullability, an index on other
 * columns, a constraint with another definition) it throws {@link MigrationConflictException},
 * saying what it expected and what it found, and changes nothing.
 *
 * <pre>{@code
 * try (SchemaMigrator schema = SchemaMigrator.on(connection)) {
 *     schema.addColumn("journal_entries", ColumnDef.of("mood", "smallint"));
 *     schema.createIndex(IndexDef.on("journal_entries").columns("user_id", "mood"));
 * }
 * }</pre>
 *
 * <p>Names are validated and quoted by {@link id.ac.ugm.aicare.sql.SqlIdentifiers}
 * before any SQL runs; values are bound as parameters or, where PostgreSQL's DDL takes no
 * parameters, written by {@code SqlIdentifiers.literal}. Every DDL statement runs under
 * {@code lock_timeout} (5 s by default) and is retried with backoff when its lock is not granted.
 * Destructive operations require a {@link Confirmation} naming their object. Index builds use
 * {@code CONCURRENTLY} and then must run outside a transaction (see {@link IdempotentJavaMigration}).
 *
 * <p>The catalog is read once, in one query, on first use, and again only for the tables a helper
 * changed: a re-run of a migration that finds everything in place costs one round trip. Not
 * thread-safe; one migrator per connection and migration. {@link #close()} restores the session's
 * lock_timeout; it never closes the connection.
 */
public final class SchemaMigrator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Pattern SIMPLE_STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private final Connection connection;
    private final MigrationOptions options;
    private final Statements statements;
    private final LiveCatalog catalog;
    private final ShapeProbe probe;

    private SchemaMigrator(Connection connection, MigrationOptions options) {
        this(connection, options, new Statements(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(options, "options")));
    }

    private SchemaMigrator(Connection connection, MigrationOptions options, Statements statements) {
        this.connection = connection;
        this.options = options;
        this.statements = statements;
        this.catalog = new LiveCatalog(connection, options.schema(), statements);
        this.probe = new ShapeProbe(connection, statements);
    }

    /**
     * A migrator that plans instead of changing (see {@link DryRun}): it reads the catalog, records the
     * statements it would send, and keeps what they would do in its view of the catalog.
     */
    static SchemaMigrator planning(Connection connection, MigrationOptions options) {
        return new SchemaMigrator(connection, options, Statements.planning(connection, options));
    }

    /** In a dry run: the statements planned so far. */
    List<String> planned() {
        return statements.planned();
    }

    /** In a dry run: whether the migration being planned runs in a transaction (decides CONCURRENTLY). */
    void planInTransaction(boolean inTransaction) {
        statements.planInTransaction(inTransaction);
    }

    /** A migrator with the default options: lock_timeout 5 s, 4 attempts, the connection's current schema. */
    public static SchemaMigrator on(Connection connection) {
        return new SchemaMigrator(connection, MigrationOptions.defaults());
    }

    public static SchemaMigrator on(Connection connection, MigrationOptions options) {
        return new SchemaMigrator(connection, options);
    }

    public MigrationOptions options() {
        return options;
    }

    /** The connection the helpers use, for work of the migration's own. */
    public Connection connection() {
        return connection;
    }

    /** The schema the helpers work in. */
    public String schema() {
        return catalog.schema();
    }

    /** SQL statements and queries sent so far, catalog reads included: the migration's round trips. */
    public int statementsSent() {
        return statements.sent();
    }

    /** Catalog reads so far: one on first use, then one per changed table set. */
    public int catalogReads() {
        return catalog.reads();
    }

    /** Restores the session's lock_timeout. The connection stays open. */
    @Override
    public void close() {
        statements.restore();
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table with these columns (type, nullability, default) and primary key. Created when
     * missing, with its comments, in one transaction. An existing table is checked column by
     * column: a described column that is missing or has another type, nullability or default, or
     * another primary key, is a conflict; differing comments are updated. Columns beyond the
     * described ones are accepted, so that a migration that creates a table and then adds columns
     * to it (in later steps or later migrations) re-runs cleanly.
     */
    public Outcome createTable(TableDef table) {
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
            List<String> lines = new ArrayList<>();
            table.columns().forEach(column -> lines.add(column.sql()));
            if (!table.primaryKey().isEmpty()) {
                lines.add("CONSTRAINT " + quote(primaryKeyName(table.name())) + " PRIMARY KEY ("
                        + columnList(table.primaryKey()) + ")");
            }
            List<String> sql = new ArrayList<>();
            sql.add("CREATE TABLE IF NOT EXISTS " + q(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
            if (table.comment() != null) {
                sql.add("COMMENT ON TABLE " + q(table.name()) + " IS " + literal(table.comment()));
            }
            for (ColumnDef column : table.columns()) {
                if (column.comment() != null) {
                    sql.add("COMMENT ON COLUMN " + q(table.name()) + "." + quote(column.name()) + " IS "
                            + literal(column.comment()));
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
        problems.addAll(columnDifferences(op, wanted, found));
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
            comments.add("COMMENT ON TABLE " + q(table.name()) + " IS " + literal(table.comment()));
        }
        for (ColumnDef column : table.columns()) {
            if (column.comment() != null && !column.comment().equals(existing.column(column.name()).comment())) {
                comments.add("COMMENT ON COLUMN " + q(table.name()) + "." + quote(column.name()) + " IS "
                        + literal(column.comment()));
            }
        }
        if (comments.isEmpty()) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.atomic(op, comments), table.name());
    }

    /**
     * A table exactly as a renderer made it (the engine's {@code EntityTables} renders one from an
     * entity class: the same CREATE TABLE, comments and indexes as the schema created from the
     * models; its foreign keys are added with {@link #addForeignKey}). An existing table is compared
     * with what the statements would create (built in a scratch schema and rolled back): anything
     * they have that is missing or different, comments aside, is a conflict; columns, indexes and
     * constraints beyond theirs (added by later migrations) are accepted.
     */
    public Outcome createTable(RenderedTable table) {
        Objects.requireNonNull(table, "table");
        String op = "create table " + table.name() + " (from " + table.source() + ")";
        List<String> create = new ArrayList<>();
        create.add(guard(table.createTable(), "CREATE TABLE ", "CREATE TABLE IF NOT EXISTS "));
        create.addAll(table.comments());
        for (String index : table.indexes()) {
            create.add(guard(guard(index, "CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "),
                    "CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS "));
        }
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
                .map(sql -> sql.replaceFirst("^COMMENT ON (TABLE|COLUMN) ",
                        "COMMENT ON $1 " + quote(catalog.schema()) + "."))
                .toList()), table.name());
    }

    /** No table of that name. Requires {@code Confirmation.dataLoss("table")}. Never cascades. */
    public Outcome dropTable(String table, Confirmation confirmation) {
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

    /** Table {@code from} is named {@code to}: renamed when only {@code from} exists, nothing when only {@code to} does. */
    public Outcome renameTable(String from, String to) {
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

    // ---------------------------------------------------------------- columns

    /** The column exists with this type, nullability and default. Missing: added. Other shape: conflict. */
    public Outcome addColumn(String table, ColumnDef column) {
        validate(table);
        Objects.requireNonNull(column, "column");
        String op = "add column " + table + "." + column.name();
        newNames(column.name());
        TableState existing = requireTable(op, table);
        ColumnState have = existing.column(column.name());
        if (have != null) {
            List<String> problems = columnDifferences(op, List.of(column), Map.of(column.name(), have));
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
        sql.add("ALTER TABLE " + q(table) + " ADD COLUMN IF NOT EXISTS " + column.sql());
        if (column.comment() != null) {
            sql.add(commentOnColumnSql(table, column.name(), column.comment()));
        }
        return change(op, () -> statements.atomic(op, sql), () -> catalog.plannedColumn(table, planned(column)), table);
    }

    /**
     * A NOT NULL column without a default, added to a table that already has rows: added nullable,
     * the rows given their value by {@code backfill} (in batches, only rows where the column is still
     * NULL), then set NOT NULL the safe way ({@link #setNotNull}). Each part converges, so a run
     * stopped in between finishes on the next, and a re-run finds the column as described and sends
     * no DDL. A column there already as NOT NULL with this type is {@code ALREADY_PRESENT}; one there
     * nullable (a run stopped halfway) is backfilled and set NOT NULL.
     *
     * <pre>{@code
     * schema.addColumn("journal_entries", ColumnDef.of("word_count", "integer").notNull(),
     *         Backfill.of("journal_entries").set("word_count", "coalesce(length(content), 0)"));
     * }</pre>
     *
     * @param column  NOT NULL, without a default (a column with a default needs no backfill: {@link #addColumn(String, ColumnDef)})
     * @param backfill of the same table, setting this column; its condition, if any, is added to "column IS NULL"
     */
    public Outcome addColumn(String table, ColumnDef column, Backfill backfill) {
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
        backfill(pending);
        setNotNull(table, column.name());
        return Outcome.APPLIED;
    }

    /** No such column. Requires {@code Confirmation.dataLoss("table.column")}. */
    public Outcome dropColumn(String table, String column, Confirmation confirmation) {
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

    /** Column {@code from} is named {@code to}: renamed when only {@code from} exists, nothing when only {@code to} does. */
    public Outcome renameColumn(String table, String from, String to) {
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

    /** The column has this type. Rewrites the table: mind its size. A change that may lose values needs a confirmation. */
    public Outcome changeColumnType(String table, String column, String type) {
        return changeColumnType(table, column, type, null, null);
    }

    /** The column has this type, converted with {@code USING} when given (null: PostgreSQL's own cast). */
    public Outcome changeColumnType(String table, String column, String type, String using) {
        return changeColumnType(table, column, type, using, null);
    }

    /**
     * The column has this type, converted with {@code USING} when given. Only a change that keeps every
     * value exactly (see {@link TypeWidening}: a wider integer or numeric, a longer varchar) with no
     * USING or a USING that is just {@code column::type} runs without consent; any other change
     * (numeric(20,6) to integer, {@code USING NULL}, text to a number) requires
     * {@code Confirmation.dataLoss("table.column")}, checked after reading the column's current type
     * and before any change is sent.
     */
    public Outcome changeColumnType(String table, String column, String type, String using, Confirmation confirmation) {
        validate(table);
        validate(column);
        String checkedType = SqlFragments.typeName(type, "type");
        String checkedUsing = using == null ? null : SqlFragments.expression(using, "USING expression");
        if (PgTypes.isSerial(checkedType)) {
            throw new IllegalArgumentException("change column type: serial is not a type; use integer or bigint and a default");
        }
        String op = "change type of " + table + "." + column + " to " + checkedType;
        ColumnState have = requireColumn(op, table, column);
        String target = formatType(op, checkedType, have.type());
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

    /**
     * The column is NOT NULL, set the safe way for a large table: a {@code CHECK (col IS NOT NULL)
     * NOT VALID} constraint, {@code VALIDATE} (which does not block writes), {@code SET NOT NULL}
     * (which then needs no scan), and the helper constraint dropped. Each step converges, so a run
     * stopped between steps finishes on the next.
     */
    public Outcome setNotNull(String table, String column) {
        validate(table);
        validate(column);
        String op = "set not null " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        String check = notNullCheckName(table, column);
        String expression = quote(column) + " IS NOT NULL";
        ConstraintState helper = catalog.table(table).constraint(check);
        if (helper != null && (helper.type() != 'c' || !sameCheck(op, table, expression, helper.definition()))) {
            throw conflict(op, table + "." + check, "helper check CHECK (" + expression + ")",
                    helper.kind() + " " + helper.definition());
        }
        if (have.notNull() && helper == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        List<String> steps = new ArrayList<>();
        if (!have.notNull()) {
            if (helper == null) {
                steps.add("ALTER TABLE " + q(table) + " ADD CONSTRAINT " + quote(check) + " CHECK (" + expression
                        + ") NOT VALID");
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

    /** The column accepts NULL. */
    public Outcome dropNotNull(String table, String column) {
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

    /** The column's default is this expression (compared as PostgreSQL stores it). */
    public Outcome setDefault(String table, String column, String expression) {
        validate(table);
        validate(column);
        String checked = SqlFragments.expression(expression, "default");
        String op = "set default of " + table + "." + column;
        ColumnState have = requireColumn(op, table, column);
        if (have.defaultExpression() != null && sameDefault(op, have.type(), checked, have.defaultExpression())) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "ALTER TABLE " + q(table) + " ALTER COLUMN " + quote(column)
                + " SET DEFAULT " + checked), () -> catalog.plannedColumn(table, new ColumnState(column, have.type(),
                have.notNull(), checked, have.comment())), table);
    }

    /** The column has no default. */
    public Outcome dropDefault(String table, String column) {
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

    // ---------------------------------------------------------------- indexes

    /**
     * The index exists, valid, with these keys, uniqueness, method and predicate. An INVALID index
     * of that name (left by a failed or interrupted concurrent build) is dropped and built again; a
     * valid one of another shape is a conflict. Built {@code CONCURRENTLY} unless the definition
     * says otherwise, which refuses to run inside a transaction.
     */
    public Outcome createIndex(IndexDef index) {
        Objects.requireNonNull(index, "index");
        String name = index.indexName();
        String op = "create index " + name;
        newNames(name);
        if (index.concurrently() && statements.inTransaction()) {
            throw new MigrationException(op + ": CREATE INDEX CONCURRENTLY cannot run inside a transaction; run the "
                    + "migration outside one (IdempotentJavaMigration: super(TransactionMode.NON_TRANSACTIONAL)), "
                    + "or build it in place with IndexDef.concurrently(false)");
        }
        requireTable(op, index.table());
        String kind = catalog.relationKind(name);
        IndexState have = catalog.index(name);
        if (have == null && kind != null) {
            throw conflict(op, name, index.describe(), kindName(kind) + " " + name);
        }
        if (have != null) {
            if (!have.table().equals(index.table())) {
                throw conflict(op, name, index.describe(), "an index on " + have.table() + " USING " + have.shape());
            }
            if (have.constraint() != null) {
                throw conflict(op, name, index.describe(), "the index of constraint " + have.constraint());
            }
            if (have.valid()) {
                if (have.unique() != index.isUnique() || !sameIndexShape(op, index, have.shape())) {
                    throw conflict(op, name, index.describe(),
                            (have.unique() ? "UNIQUE " : "") + "index on " + have.table() + " USING " + have.shape());
                }
                return done(op, Outcome.ALREADY_PRESENT);
            }
            LOG.warn("{}: index {} is INVALID (a failed or interrupted concurrent build); dropping and building it again",
                    op, name);
        }
        String create = "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + (index.concurrently() ? "CONCURRENTLY " : "")
                + "IF NOT EXISTS " + quote(name) + " ON " + q(index.table()) + " USING " + index.accessMethod() + " ("
                + index.keys() + ")" + (index.predicate() == null ? "" : " WHERE " + index.predicate());
        return change(op, () -> {
            if (index.concurrently()) {
                buildConcurrently(op, name, create, have != null);
            } else {
                if (have != null) {
                    dropIndexStatement(op, name, false);
                }
                statements.one(op, create);
            }
        }, () -> catalog.plannedIndex(new IndexState(name, index.table(), index.isUnique(), true, index.accessMethod(),
                List.of(), index.predicate(), create, null)), index.table());
    }

    /**
     * No index of that name. Refuses a unique index (it guards data: use
     * {@link #dropIndex(String, Confirmation)}) and an index that backs a constraint. Drops
     * {@code CONCURRENTLY} outside a transaction, in place inside one.
     */
    public Outcome dropIndex(String name) {
        return dropIndex(name, null);
    }

    /** No index of that name; a unique index needs {@code Confirmation.dataLoss("index_name")}. */
    public Outcome dropIndex(String name, Confirmation confirmation) {
        validate(name);
        String op = "drop index " + name;
        IndexState have = catalog.index(name);
        String kind = catalog.relationKind(name);
        if (have == null && kind == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (have == null) {
            throw conflict(op, name, "an index or nothing", kindName(kind) + " " + name);
        }
        if (have.constraint() != null) {
            throw new MigrationException(op + ": index " + name + " backs constraint " + have.constraint() + " on "
                    + have.table() + "; drop the constraint with dropConstraint(...) instead");
        }
        if (have.unique()) {
            Confirmation.require(confirmation, op, name, "the uniqueness that unique index " + name + " guards");
        }
        return change(op, () -> dropIndexStatement(op, name, !statements.inTransaction()),
                () -> catalog.plannedIndexGone(name), have.table());
    }

    // ---------------------------------------------------------------- constraints

    /**
     * The foreign key exists, validated, with these columns, referenced table and columns and
     * actions. Added {@code NOT VALID} (a brief lock) and then validated (which does not block
     * writes); a NOT VALID key of the same shape is validated. The name defaults to PostgreSQL's.
     */
    public Outcome addForeignKey(ForeignKeyDef foreignKey) {
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
        String add = "ALTER TABLE " + q(foreignKey.table()) + " ADD CONSTRAINT " + quote(name) + " FOREIGN KEY ("
                + columnList(foreignKey.columns()) + ") REFERENCES " + q(foreignKey.referencedTable()) + " ("
                + columnList(foreignKey.referencedColumns()) + ") ON DELETE " + foreignKey.onDelete().sql()
                + " ON UPDATE " + foreignKey.onUpdate().sql() + " NOT VALID";
        return change(op, () -> statements.each(op, List.of(add, validate)), () -> catalog.plannedConstraint(foreignKey.table(),
                new ConstraintState(name, 'f', add, true, foreignKey.columns(), catalog.schema(), foreignKey.referencedTable(),
                        foreignKey.referencedColumns(), foreignKey.onDelete().sql(), foreignKey.onUpdate().sql())),
                foreignKey.table());
    }

    /**
     * A unique constraint on these columns, added the safe way: a unique index built
     * {@code CONCURRENTLY} (outside a transaction; in place inside one), then
     * {@code ADD CONSTRAINT ... UNIQUE USING INDEX}, which only needs a brief lock. An INVALID
     * leftover index of that name is rebuilt.
     */
    public Outcome addUniqueConstraint(String table, String name, String... columns) {
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
                || !leftover.unique() || !sameIndexShape(op, index, leftover.shape()))) {
            throw conflict(op, name, index.describe(), (leftover.unique() ? "UNIQUE " : "") + "index on "
                    + leftover.table() + " USING " + leftover.shape());
        }
        String create = "CREATE UNIQUE INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF NOT EXISTS " + quote(name)
                + " ON " + q(table) + " USING btree (" + index.keys() + ")";
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

    /**
     * A validated check constraint with this expression (compared as PostgreSQL normalises it),
     * added {@code NOT VALID} and then validated. Rows that violate it fail the validation; the
     * NOT VALID constraint stays and guards new rows until they are fixed and the migration re-runs.
     */
    public Outcome addCheckConstraint(String table, String name, String expression) {
        validate(table);
        validate(name);
        String checked = SqlFragments.expression(expression, "check expression");
        String op = "add check constraint " + table + "." + name;
        newNames(name);
        TableState existing = requireTable(op, table);
        ConstraintState have = existing.constraint(name);
        String validate = "ALTER TABLE " + q(table) + " VALIDATE CONSTRAINT " + quote(name);
        if (have != null) {
            if (have.type() != 'c' || !sameCheck(op, table, checked, have.definition())) {
                throw conflict(op, table + "." + name, "CHECK (" + checked + ")", have.kind() + " " + have.definition());
            }
            if (have.validated()) {
                return done(op, Outcome.ALREADY_PRESENT);
            }
            return change(op, () -> statements.one(op, validate), table);
        }
        String add = "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + quote(name) + " CHECK (" + checked + ") NOT VALID";
        return change(op, () -> statements.each(op, List.of(add, validate)), () -> catalog.plannedConstraint(table,
                new ConstraintState(name, 'c', "CHECK (" + checked + ")", true, List.of(), null, null, List.of(), null, null)),
                table);
    }

    /** No constraint of that name on the table. Requires {@code Confirmation.dataLoss("table.constraint")}. */
    public Outcome dropConstraint(String table, String name, Confirmation confirmation) {
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

    // ---------------------------------------------------------------- types and sequences

    /**
     * An enum type with these labels in this order. An existing type must hold them in this order;
     * labels added since (by addEnumValue) are accepted, a missing or reordered label is a conflict.
     */
    public Outcome createEnumType(String name, String... labels) {
        validate(name);
        List<String> wanted = labels(name, labels);
        String op = "create enum type " + name;
        newNames(name);
        List<String> have = catalog.enumLabels(name);
        if (have != null) {
            if (!inOrder(wanted, have)) {
                throw conflict(op, name, "enum " + wanted, "enum " + have);
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (catalog.typeExists(name) || catalog.relationKind(name) != null) {
            throw conflict(op, name, "enum " + wanted, "another type or relation named " + name);
        }
        String sql = "CREATE TYPE " + q(name) + " AS ENUM (" + String.join(", ", wanted.stream().map(l -> literal(l)).toList())
                + ")";
        return change(op, () -> statements.one(op, sql), () -> catalog.plannedEnum(name, wanted));
    }

    /** The enum type has this label (anywhere). */
    public Outcome addEnumValue(String type, String value) {
        return addEnumValue(type, value, null, null);
    }

    /** The enum type has this label, sorting before {@code before}. */
    public Outcome addEnumValueBefore(String type, String value, String before) {
        return addEnumValue(type, value, "BEFORE", Objects.requireNonNull(before, "before"));
    }

    /** The enum type has this label, sorting after {@code after}. */
    public Outcome addEnumValueAfter(String type, String value, String after) {
        return addEnumValue(type, value, "AFTER", Objects.requireNonNull(after, "after"));
    }

    private Outcome addEnumValue(String type, String value, String where, String neighbour) {
        validate(type);
        labels(type, neighbour == null ? new String[] {value} : new String[] {value, neighbour});
        String op = "add value " + literal(value) + " to enum " + type;
        List<String> have = catalog.enumLabels(type);
        if (have == null) {
            throw conflict(op, type, "an enum type", "no enum type " + type);
        }
        int at = have.indexOf(value);
        int next = neighbour == null ? -1 : have.indexOf(neighbour);
        if (neighbour != null && next < 0) {
            throw conflict(op, type, "label " + literal(neighbour) + " to place " + literal(value) + " " + where.toLowerCase()
                    + " it", "enum " + have);
        }
        if (at >= 0) {
            boolean placed = neighbour == null || ("BEFORE".equals(where) ? at < next : at > next);
            if (!placed) {
                throw conflict(op, type, literal(value) + " " + where.toLowerCase() + " " + literal(neighbour), "enum " + have);
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        String sql = "ALTER TYPE " + q(type) + " ADD VALUE IF NOT EXISTS " + literal(value)
                + (neighbour == null ? "" : " " + where + " " + literal(neighbour));
        List<String> labels = new ArrayList<>(have);
        labels.add(neighbour == null ? labels.size() : "BEFORE".equals(where) ? next : next + 1, value);
        return change(op, () -> statements.one(op, sql), () -> catalog.plannedEnum(type, labels));
    }

    /** A sequence with these parameters (PostgreSQL's defaults for those not given). Other parameters: conflict. */
    public Outcome createSequence(SequenceDef sequence) {
        Objects.requireNonNull(sequence, "sequence");
        String op = "create sequence " + sequence.name();
        newNames(sequence.name());
        SequenceState have = catalog.sequence(sequence.name());
        String kind = catalog.relationKind(sequence.name());
        if (have == null && kind != null) {
            throw conflict(op, sequence.name(), "sequence " + sequence.describe(), kindName(kind) + " " + sequence.name());
        }
        if (have != null) {
            boolean same = have.type().equals(sequence.type()) && have.start() == sequence.effectiveStart()
                    && have.increment() == sequence.effectiveIncrement() && have.min() == sequence.effectiveMin()
                    && have.max() == sequence.effectiveMax() && have.cache() == sequence.effectiveCache()
                    && have.cycle() == sequence.cycles();
            if (!same) {
                throw conflict(op, sequence.name(), "sequence " + sequence.describe(), "sequence " + have.describe());
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, sequence.sql(q(sequence.name()))), () -> catalog.plannedSequence(
                new SequenceState(sequence.name(), sequence.type(), sequence.effectiveStart(), sequence.effectiveIncrement(),
                        sequence.effectiveMin(), sequence.effectiveMax(), sequence.effectiveCache(), sequence.cycles(), null)));
    }

    /** No sequence of that name. Requires {@code Confirmation.dataLoss("sequence")}: its position is lost. Never cascades. */
    public Outcome dropSequence(String name, Confirmation confirmation) {
        validate(name);
        String op = "drop sequence " + name;
        Confirmation.require(confirmation, op, name, "the current value of sequence " + name);
        String kind = catalog.relationKind(name);
        if (kind == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (!"S".equals(kind)) {
            throw conflict(op, name, "a sequence or nothing", kindName(kind) + " " + name);
        }
        return change(op, () -> statements.one(op, "DROP SEQUENCE IF EXISTS " + q(name)),
                () -> catalog.plannedSequenceGone(name));
    }

    // ---------------------------------------------------------------- comments

    /** The table's comment is this text ({@code null}: no comment). */
    public Outcome commentOnTable(String table, String comment) {
        validate(table);
        String op = "comment on table " + table;
        TableState existing = requireTable(op, table);
        if (Objects.equals(existing.comment(), comment)) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, "COMMENT ON TABLE " + q(table) + " IS "
                + (comment == null ? "NULL" : literal(comment))), () -> catalog.plannedComment(table, comment), table);
    }

    /** The column's comment is this text ({@code null}: no comment). */
    public Outcome commentOnColumn(String table, String column, String comment) {
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

    // ---------------------------------------------------------------- data

    /**
     * Updates rows in batches along the primary key: each batch takes the next {@code batchSize}
     * keys (after the last one done) among the rows matching {@code where}, updates them in its own
     * transaction (outside a caller's transaction), reports progress and pauses. Give a
     * {@code where} that only matches rows still to do ({@code "mood IS NULL"}) and a re-run finds
     * none and changes nothing.
     */
    public BackfillResult backfill(Backfill backfill) {
        Objects.requireNonNull(backfill, "backfill");
        String table = backfill.table();
        String op = "backfill " + table;
        TableState existing = requireTable(op, table);
        ConstraintState primaryKey = existing.primaryKey();
        if (primaryKey == null || primaryKey.columns().size() != 1) {
            throw new MigrationException(op + ": a batched backfill walks a single-column primary key; " + table + " has "
                    + (primaryKey == null ? "none" : primaryKey.columns()));
        }
        for (Backfill.Assignment assignment : backfill.assignments()) {
            if (existing.column(assignment.column()) == null) {
                throw conflict(op, table + "." + assignment.column(), "a column", "no such column");
            }
        }
        String key = quote(primaryKey.columns().get(0));
        String where = backfill.where() == null ? "TRUE" : backfill.where();
        List<String> sets = new ArrayList<>();
        for (Backfill.Assignment assignment : backfill.assignments()) {
            sets.add(quote(assignment.column()) + " = " + (assignment.bound() ? "?" : assignment.expression()));
        }
        String first = batchSql(table, key, where, sets, false);
        String next = batchSql(table, key, where, sets, true);
        if (statements.planning()) {
            // How many rows match is only known by running it; the plan shows the first batch's statement.
            statements.plan(first);
            done(op + " (planned, in batches of " + backfill.batchSize() + ")", Outcome.APPLIED);
            return new BackfillResult(Outcome.APPLIED, 0, 0);
        }
        long total = 0;
        int batches = 0;
        Object lastKey = null;
        long started = System.nanoTime();
        while (true) {
            Object after = lastKey;
            String sql = after == null ? first : next;
            Object[] result = statements.transaction(op, () -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int parameter = 1;
                    if (after != null) {
                        statement.setObject(parameter++, after);
                    }
                    statement.setInt(parameter++, backfill.batchSize());
                    for (Backfill.Assignment assignment : backfill.assignments()) {
                        if (assignment.bound()) {
                            statement.setObject(parameter++, assignment.value());
                        }
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return new Object[] {rows.getLong(1), rows.getObject(2), rows.getLong(3)};
                    }
                }
            }, sql);
            long updated = (Long) result[0];
            long selected = (Long) result[2];
            if (selected == 0) {
                break;
            }
            batches++;
            total += updated;
            lastKey = result[1];
            backfill.progress().accept(new BackfillProgress(table, batches, updated, total, lastKey,
                    Duration.ofNanos(System.nanoTime() - started)));
            if (selected < backfill.batchSize()) {
                break;
            }
            sleep(backfill.pause());
        }
        Outcome outcome = total > 0 ? Outcome.APPLIED : Outcome.ALREADY_PRESENT;
        done(op + " (" + total + " rows in " + batches + " batches)", outcome);
        return new BackfillResult(outcome, total, batches);
    }

    /**
     * One batch: the next keys in order, then the update of exactly those rows, found through the
     * primary key index ({@code = ANY}: a join would let the planner scan the whole table for every
     * batch, which makes a large backfill quadratic). The condition is checked again on the row the
     * update locks, so a row a concurrent writer has already brought to the end state is left as it is.
     * Returns the rows updated, the last key of the batch, and how many keys it took.
     */
    private String batchSql(String table, String key, String where, List<String> sets, boolean after) {
        return "WITH aicare_batch AS MATERIALIZED (SELECT " + key + " AS aicare_key FROM " + q(table) + " WHERE "
                + (after ? key + " > ? AND " : "") + "(" + where + ") ORDER BY " + key + " LIMIT ?), "
                + "aicare_updated AS (UPDATE " + q(table) + " AS aicare_target SET " + String.join(", ", sets)
                + " WHERE aicare_target." + key + " = ANY (ARRAY(SELECT aicare_key FROM aicare_batch)) AND (" + where
                + ") RETURNING 1) "
                + "SELECT (SELECT count(*) FROM aicare_updated), "
                + "(SELECT aicare_key FROM aicare_batch ORDER BY aicare_key DESC LIMIT 1), "
                + "(SELECT count(*) FROM aicare_batch)";
    }

    // ---------------------------------------------------------------- comparisons

    /** Differences between described columns and the ones found, probing PostgreSQL for spellings the fast path cannot settle. */
    private List<String> columnDifferences(String op, List<ColumnDef> wanted, Map<String, ColumnState> found) {
        List<ColumnDef> unsure = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ColumnDef want : wanted) {
            ColumnState have = found.get(want.name());
            if (want.effectiveNotNull() != have.notNull()) {
                problems.add("column " + want.name() + " expected " + want.describe() + ", found " + have.describe());
                continue;
            }
            boolean typeSame = PgTypes.normalize(want.type()).equals(have.type());
            boolean defaultSame = want.serial() ? have.defaultExpression() != null
                    && have.defaultExpression().startsWith("nextval(") : quickSameDefault(want.defaultExpression(), have);
            if (!typeSame || !defaultSame) {
                unsure.add(want);
            }
        }
        if (!unsure.isEmpty()) {
            List<ShapeProbe.ProbedColumn> probed = probe.columns(op, unsure);
            for (int i = 0; i < unsure.size(); i++) {
                ColumnDef want = unsure.get(i);
                ColumnState have = found.get(want.name());
                boolean typeSame = probed.get(i).type().equals(have.type());
                boolean defaultSame = want.serial() ? have.defaultExpression() != null
                        && have.defaultExpression().startsWith("nextval(")
                        : Objects.equals(probed.get(i).defaultExpression(), have.defaultExpression());
                if (!typeSame || !defaultSame) {
                    problems.add("column " + want.name() + " expected " + probed.get(i).type()
                            + (want.effectiveNotNull() ? " NOT NULL" : " NULL")
                            + (want.serial() ? " DEFAULT nextval(...)" : probed.get(i).defaultExpression() == null ? ""
                            : " DEFAULT " + probed.get(i).defaultExpression()) + ", found " + have.describe());
                }
            }
        }
        return problems;
    }

    private static boolean quickSameDefault(String want, ColumnState have) {
        if (want == null || have.defaultExpression() == null) {
            return want == null && have.defaultExpression() == null;
        }
        return quickSameDefault(want, have.type(), have.defaultExpression());
    }

    /**
     * The spellings PostgreSQL keeps of a default, settled without asking it: the same text, or a
     * plain string literal that it stores cast to the column's type without the type's modifier
     * ({@code 'new'} on {@code varchar(20)} reads back {@code 'new'::character varying}).
     */
    private static boolean quickSameDefault(String want, String type, String have) {
        if (want.equals(have)) {
            return true;
        }
        if (!SIMPLE_STRING_LITERAL.matcher(want).matches()) {
            return false;
        }
        String bare = type.replaceAll("\\(\\d+(,\\d+)?\\)", "");
        return have.equals(want + "::" + type) || have.equals(want + "::" + bare)
                || bare.equals("character") && have.equals(want + "::bpchar");
    }

    private boolean sameDefault(String op, String type, String want, String have) {
        if (quickSameDefault(want, type, have)) {
            return true;
        }
        return have.equals(probe.defaultFor(op, type, want));
    }

    /** The type as {@code format_type} prints it, asking PostgreSQL unless the spelling already matches {@code have}. */
    private String formatType(String op, String type, String have) {
        String known = PgTypes.normalize(type);
        if (known.equals(have)) {
            return known;
        }
        return probe.columns(op, List.of(ColumnDef.of("c", type))).get(0).type();
    }

    private boolean sameCheck(String op, String table, String expression, String definition) {
        String have = ShapeProbe.stripNotValid(definition);
        if (have.equals("CHECK (" + expression + ")") || have.equals("CHECK ((" + expression + "))")) {
            return true;
        }
        return have.equals(probe.check(op, catalog.schema(), table, expression));
    }

    private boolean sameIndexShape(String op, IndexDef index, String have) {
        if (index.shape().equals(have)) {
            return true;
        }
        return have.equals(probe.index(op, catalog.schema(), index));
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Change {
        void run();
    }

    /** Runs a change and marks what it touched for a refresh, whether it succeeded or not. */
    private Outcome change(String op, Change change, String... tables) {
        return change(op, change, null, tables);
    }

    /**
     * The same; in a dry run, where nothing reaches the catalog, {@code planned} records in the
     * migrator's view of the catalog what the change would do (null: nothing a later step looks at).
     */
    private Outcome change(String op, Change change, Runnable planned, String... tables) {
        if (statements.planning()) {
            change.run();
            if (planned != null) {
                planned.run();
            }
            return done(op, Outcome.APPLIED);
        }
        try {
            change.run();
        } finally {
            catalog.changed(tables);
        }
        return done(op, Outcome.APPLIED);
    }

    private Outcome done(String op, Outcome outcome) {
        if (outcome == Outcome.APPLIED) {
            LOG.info("applied: {}", op);
        } else {
            LOG.debug("already present: {}", op);
        }
        options.listener().outcome(op, outcome);
        return outcome;
    }

    /**
     * Builds an index CONCURRENTLY with flat retries: before each retry (and before the first attempt
     * when an INVALID index of that name is there already), and once more after the last failure, an
     * INVALID index a failed build left is dropped (one attempt each time). The error
     * then says truthfully whether that leftover is gone or still there for the next run to rebuild.
     */
    private void buildConcurrently(String op, String name, String create, boolean leftoverFirst) {
        String drop = "DROP INDEX CONCURRENTLY IF EXISTS " + q(name);
        Statements.Work<Void> dropLeftover = () -> {
            if (leftoverIndex(name)) {
                statements.once(drop);
            }
            return null;
        };
        try {
            statements.outsideTransaction(op, create, leftoverFirst, dropLeftover);
        } catch (MigrationException e) {
            String afterwards;
            try {
                dropLeftover.run();
                afterwards = " No INVALID index " + name + " is left behind.";
            } catch (java.sql.SQLException | MigrationException cleanup) {
                afterwards = " The failed build left the INVALID index " + name + " behind and dropping it failed too ("
                        + (cleanup instanceof java.sql.SQLException sql ? ServerErrors.describe(sql) : cleanup.getMessage())
                        + "); it is not used by queries, and the next run drops and rebuilds it.";
            }
            String message = e.getMessage() + afterwards;
            throw e instanceof LockTimeoutException ? new LockTimeoutException(message, e.sqlState())
                    : new MigrationException(message, e.sqlState());
        }
    }

    /** Whether an INVALID index of that name is there now (read afresh: a failed build may have left one). */
    private boolean leftoverIndex(String name) {
        catalog.changedEverything();
        IndexState left = catalog.index(name);
        return left != null && !left.valid();
    }

    private void dropIndexStatement(String op, String name, boolean concurrently) {
        String sql = "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF EXISTS " + q(name);
        if (concurrently) {
            statements.outsideTransaction(op, sql, false, () -> null);
        } else {
            statements.one(op, sql);
        }
    }

    /** The table a TableDef creates, as a dry run keeps it in its view of the catalog. */
    private static TableState planned(TableDef table) {
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
    private TableState planned(String op, RenderedTable table, List<String> create) {
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

    private static ColumnState planned(ColumnDef column) {
        return new ColumnState(column.name(), PgTypes.normalize(column.type()), column.effectiveNotNull(),
                column.serial() ? "nextval(...)" : column.defaultExpression(), column.comment());
    }

    /** Names of objects a helper creates: lower-case ASCII unless the options allow any letters. */
    private void newNames(String name) {
        validate(name);
        if (options.anyLetterNames()) {
            return;
        }
        try {
            SqlIdentifiers.validateLowerCaseAscii(name);
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException(name, "a new name must be lower-case ASCII (letters, digits, '_', '$'), "
                    + "so that names differing only by case or by a look-alike letter cannot stand side by side; "
                    + "MigrationOptions.allowingUpperCaseAndNonAsciiNames() allows other letters");
        }
    }

    private TableState requireTable(String op, String table) {
        TableState existing = catalog.table(table);
        if (existing == null) {
            String kind = catalog.relationKind(table);
            throw conflict(op, table, "a table " + table, kind == null ? "no such table" : kindName(kind) + " " + table);
        }
        return existing;
    }

    private ColumnState requireColumn(String op, String table, String column) {
        ColumnState have = requireTable(op, table).column(column);
        if (have == null) {
            throw conflict(op, table + "." + column, "a column " + column, "no such column");
        }
        return have;
    }

    private MigrationConflictException conflict(String op, String object, String expected, String found) {
        return new MigrationConflictException(op, object, expected, found);
    }

    private String commentOnColumnSql(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + q(table) + "." + quote(column) + " IS " + (comment == null ? "NULL" : literal(comment));
    }

    /** A name in the migrator's schema, quoted. */
    private String q(String name) {
        return qualified(catalog.schema(), name);
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(column -> quote(column)).toList());
    }

    private static String primaryKeyName(String table) {
        return id.ac.ugm.aicare.sql.PostgresDefaultNames.primaryKey(table);
    }

    /**
     * The name of the helper CHECK that {@link #setNotNull} adds and drops: {@code table_column_not_null},
     * or a stable short form when that is over 63 bytes. SQL written for the same step uses it too.
     */
    public static String notNullCheckName(String table, String column) {
        String name = table + "_" + column + "_not_null";
        if (name.getBytes(StandardCharsets.UTF_8).length <= 63) {
            return name;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((table + "." + column).getBytes(StandardCharsets.UTF_8));
            return "aicare_not_null_" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> labels(String type, String... labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("enum type " + type + " needs labels");
        }
        for (String label : labels) {
            if (label == null || label.isEmpty() || label.indexOf('\0') >= 0
                    || label.getBytes(StandardCharsets.UTF_8).length > 63) {
                throw new IllegalArgumentException("enum type " + type + ": a label must be 1 to 63 bytes without NUL");
            }
        }
        if (Arrays.stream(labels).distinct().count() != labels.length) {
            throw new IllegalArgumentException("enum type " + type + ": labels repeat");
        }
        return List.of(labels);
    }

    /** Whether every wanted label is there, in the same relative order. */
    private static boolean inOrder(List<String> wanted, List<String> have) {
        int from = 0;
        for (String label : wanted) {
            int at = have.subList(from, have.size()).indexOf(label);
            if (at < 0) {
                return false;
            }
            from += at + 1;
        }
        return true;
    }

    private static String kindName(String relkind) {
        return switch (relkind) {
            case "r", "p" -> "table";
            case "i", "I" -> "index";
            case "S" -> "sequence";
            case "v" -> "view";
            case "m" -> "materialized view";
            case "f" -> "foreign table";
            case "c" -> "composite type";
            default -> "relation";
        };
    }

    private static void sleep(Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted between backfill batches", e);
        }
    }

    private static String guard(String sql, String prefix, String guarded) {
        return sql.startsWith(prefix) ? guarded + sql.substring(prefix.length()) : sql;
    }

    private static TableSnapshot withoutForeignKeys(TableSnapshot table) {
        if (table == null) {
            return null;
        }
        return new TableSnapshot(table.name(), table.comment(), table.columns(), table.primaryKey(),
                table.uniqueConstraints(), table.checks(), List.of(), table.indexes());
    }

    private SchemaSnapshot single(TableSnapshot table) {
        TreeMap<String, TableSnapshot> tables = new TreeMap<>();
        if (table != null) {
            tables.put(table.name(), table);
        }
        return new SchemaSnapshot(catalog.schema(), tables, new TreeMap<>(), new TreeMap<>());
    }
}
