package id.ac.ugm.aicare.schema.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

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

    private final Connection connection;
    private final MigrationOptions options;
    private final Statements statements;
    private final LiveCatalog catalog;
    // One package-private class per kind of object converges on what these methods describe.
    private final TableSteps tables;
    private final ColumnSteps columns;
    private final IndexSteps indexes;
    private final ConstraintSteps constraints;
    private final TypeSteps types;
    private final CommentSteps comments;
    private final BackfillRun backfills;

    private SchemaMigrator(Connection connection, MigrationOptions options) {
        this(connection, options, new Statements(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(options, "options")));
    }

    private SchemaMigrator(Connection connection, MigrationOptions options, Statements statements) {
        this.connection = connection;
        this.options = options;
        this.statements = statements;
        this.catalog = new LiveCatalog(connection, options.schema(), statements);
        ShapeProbe probe = new ShapeProbe(connection, statements);
        MigrationSession session = new MigrationSession(connection, options, statements, catalog, probe,
                new ShapeComparisons(probe, catalog));
        this.tables = new TableSteps(session);
        this.backfills = new BackfillRun(session);
        this.columns = new ColumnSteps(session, backfills);
        this.indexes = new IndexSteps(session);
        this.constraints = new ConstraintSteps(session);
        this.types = new TypeSteps(session);
        this.comments = new CommentSteps(session);
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
        return tables.createTable(table);
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
        return tables.createTable(table);
    }

    /** No table of that name. Requires {@code Confirmation.dataLoss("table")}. Never cascades. */
    public Outcome dropTable(String table, Confirmation confirmation) {
        return tables.dropTable(table, confirmation);
    }

    /** Table {@code from} is named {@code to}: renamed when only {@code from} exists, nothing when only {@code to} does. */
    public Outcome renameTable(String from, String to) {
        return tables.renameTable(from, to);
    }

    // ---------------------------------------------------------------- columns

    /** The column exists with this type, nullability and default. Missing: added. Other shape: conflict. */
    public Outcome addColumn(String table, ColumnDef column) {
        return columns.addColumn(table, column);
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
        return columns.addColumn(table, column, backfill);
    }

    /** No such column. Requires {@code Confirmation.dataLoss("table.column")}. */
    public Outcome dropColumn(String table, String column, Confirmation confirmation) {
        return columns.dropColumn(table, column, confirmation);
    }

    /** Column {@code from} is named {@code to}: renamed when only {@code from} exists, nothing when only {@code to} does. */
    public Outcome renameColumn(String table, String from, String to) {
        return columns.renameColumn(table, from, to);
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
        return columns.changeColumnType(table, column, type, using, confirmation);
    }

    /**
     * The column is NOT NULL, set the safe way for a large table: a {@code CHECK (col IS NOT NULL)
     * NOT VALID} constraint, {@code VALIDATE} (which does not block writes), {@code SET NOT NULL}
     * (which then needs no scan), and the helper constraint dropped. Each step converges, so a run
     * stopped between steps finishes on the next.
     */
    public Outcome setNotNull(String table, String column) {
        return columns.setNotNull(table, column);
    }

    /** The column accepts NULL. */
    public Outcome dropNotNull(String table, String column) {
        return columns.dropNotNull(table, column);
    }

    /** The column's default is this expression (compared as PostgreSQL stores it). */
    public Outcome setDefault(String table, String column, String expression) {
        return columns.setDefault(table, column, expression);
    }

    /** The column has no default. */
    public Outcome dropDefault(String table, String column) {
        return columns.dropDefault(table, column);
    }

    // ---------------------------------------------------------------- indexes

    /**
     * The index exists, valid, with these keys, uniqueness, method and predicate. An INVALID index
     * of that name (left by a failed or interrupted concurrent build) is dropped and built again; a
     * valid one of another shape is a conflict. Built {@code CONCURRENTLY} unless the definition
     * says otherwise, which refuses to run inside a transaction.
     */
    public Outcome createIndex(IndexDef index) {
        return indexes.createIndex(index);
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
        return indexes.dropIndex(name, confirmation);
    }

    // ---------------------------------------------------------------- constraints

    /**
     * The foreign key exists, validated, with these columns, referenced table and columns and
     * actions. Added {@code NOT VALID} (a brief lock) and then validated (which does not block
     * writes); a NOT VALID key of the same shape is validated. The name defaults to PostgreSQL's.
     */
    public Outcome addForeignKey(ForeignKeyDef foreignKey) {
        return constraints.addForeignKey(foreignKey);
    }

    /**
     * A unique constraint on these columns, added the safe way: a unique index built
     * {@code CONCURRENTLY} (outside a transaction; in place inside one), then
     * {@code ADD CONSTRAINT ... UNIQUE USING INDEX}, which only needs a brief lock. An INVALID
     * leftover index of that name is rebuilt.
     */
    public Outcome addUniqueConstraint(String table, String name, String... columns) {
        return constraints.addUniqueConstraint(table, name, columns);
    }

    /**
     * A validated check constraint with this expression (compared as PostgreSQL normalises it),
     * added {@code NOT VALID} and then validated. Rows that violate it fail the validation; the
     * NOT VALID constraint stays and guards new rows until they are fixed and the migration re-runs.
     */
    public Outcome addCheckConstraint(String table, String name, String expression) {
        return constraints.addCheckConstraint(table, name, expression);
    }

    /** No constraint of that name on the table. Requires {@code Confirmation.dataLoss("table.constraint")}. */
    public Outcome dropConstraint(String table, String name, Confirmation confirmation) {
        return constraints.dropConstraint(table, name, confirmation);
    }

    // ---------------------------------------------------------------- types and sequences

    /**
     * An enum type with these labels in this order. An existing type must hold them in this order;
     * labels added since (by addEnumValue) are accepted, a missing or reordered label is a conflict.
     */
    public Outcome createEnumType(String name, String... labels) {
        return types.createEnumType(name, labels);
    }

    /** The enum type has this label (anywhere). */
    public Outcome addEnumValue(String type, String value) {
        return types.addEnumValue(type, value, null, null);
    }

    /** The enum type has this label, sorting before {@code before}. */
    public Outcome addEnumValueBefore(String type, String value, String before) {
        return types.addEnumValue(type, value, "BEFORE", Objects.requireNonNull(before, "before"));
    }

    /** The enum type has this label, sorting after {@code after}. */
    public Outcome addEnumValueAfter(String type, String value, String after) {
        return types.addEnumValue(type, value, "AFTER", Objects.requireNonNull(after, "after"));
    }

    /** A sequence with these parameters (PostgreSQL's defaults for those not given). Other parameters: conflict. */
    public Outcome createSequence(SequenceDef sequence) {
        return types.createSequence(sequence);
    }

    /** No sequence of that name. Requires {@code Confirmation.dataLoss("sequence")}: its position is lost. Never cascades. */
    public Outcome dropSequence(String name, Confirmation confirmation) {
        return types.dropSequence(name, confirmation);
    }

    // ---------------------------------------------------------------- comments

    /** The table's comment is this text ({@code null}: no comment). */
    public Outcome commentOnTable(String table, String comment) {
        return comments.commentOnTable(table, comment);
    }

    /** The column's comment is this text ({@code null}: no comment). */
    public Outcome commentOnColumn(String table, String column, String comment) {
        return comments.commentOnColumn(table, column, comment);
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
        return backfills.backfill(backfill);
    }

    // ---------------------------------------------------------------- comparisons

    // ---------------------------------------------------------------- plumbing

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
}
