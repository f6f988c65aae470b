package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.IndexState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import id.ac.ugm.aicare.sql.ddl.CommentOn;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every group of {@link SchemaMigrator}'s helpers shares: the session (connection, options,
 * statements, cached catalog, probe), running a change and marking what it touched, reporting an
 * outcome, names and conflicts, and building an index concurrently.
 */
abstract class Converger {

    static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    final Connection connection;
    final MigrationOptions options;
    final Statements statements;
    final LiveCatalog catalog;
    final ShapeProbe probe;
    final ShapeComparisons compare;

    Converger(MigrationSession session) {
        this.connection = session.connection();
        this.options = session.options();
        this.statements = session.statements();
        this.catalog = session.catalog();
        this.probe = session.probe();
        this.compare = session.compare();
    }

    @FunctionalInterface
    interface Change {
        void run();
    }

    /** Runs a change and marks what it touched for a refresh, whether it succeeded or not. */
    Outcome change(String op, Change change, String... tables) {
        return change(op, change, null, tables);
    }

    /**
     * The same; in a dry run, where nothing reaches the catalog, {@code planned} records in the
     * migrator's view of the catalog what the change would do (null: nothing a later step looks at).
     */
    Outcome change(String op, Change change, Runnable planned, String... tables) {
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

    Outcome done(String op, Outcome outcome) {
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
    void buildConcurrently(String op, String name, String create, boolean leftoverFirst) {
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
    boolean leftoverIndex(String name) {
        catalog.changedEverything();
        IndexState left = catalog.index(name);
        return left != null && !left.valid();
    }

    void dropIndexStatement(String op, String name, boolean concurrently) {
        String sql = "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF EXISTS " + q(name);
        if (concurrently) {
            statements.outsideTransaction(op, sql, false, () -> null);
        } else {
            statements.one(op, sql);
        }
    }

    static ColumnState planned(ColumnDef column) {
        return new ColumnState(column.name(), PgTypes.normalize(column.type()), column.effectiveNotNull(),
                column.serial() ? "nextval(...)" : column.defaultExpression(), column.comment());
    }

    /** Names of objects a helper creates: lower-case ASCII unless the options allow any letters. */
    void newNames(String name) {
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

    TableState requireTable(String op, String table) {
        TableState existing = catalog.table(table);
        if (existing == null) {
            String kind = catalog.relationKind(table);
            throw conflict(op, table, "a table " + table, kind == null ? "no such table" : kindName(kind) + " " + table);
        }
        return existing;
    }

    ColumnState requireColumn(String op, String table, String column) {
        ColumnState have = requireTable(op, table).column(column);
        if (have == null) {
            throw conflict(op, table + "." + column, "a column " + column, "no such column");
        }
        return have;
    }

    MigrationConflictException conflict(String op, String object, String expected, String found) {
        return new MigrationConflictException(op, object, expected, found);
    }

    String commentOnColumnSql(String table, String column, String comment) {
        return CommentOn.column(table, column, comment).sql(catalog.schema());
    }

    /** A name in the migrator's schema, quoted. */
    String q(String name) {
        return qualified(catalog.schema(), name);
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(column -> quote(column)).toList());
    }

    static String primaryKeyName(String table) {
        return id.ac.ugm.aicare.sql.PostgresDefaultNames.primaryKey(table);
    }

    static String kindName(String relkind) {
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
}
