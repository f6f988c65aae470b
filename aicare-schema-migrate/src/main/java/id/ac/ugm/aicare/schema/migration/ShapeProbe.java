package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.migration.internal.ScratchSchema;
import id.ac.ugm.aicare.sql.ddl.Check;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks PostgreSQL how it would store what a migration describes: the described object is created
 * on a temporary table (or in a scratch schema) inside a transaction or savepoint that is always
 * rolled back, and read back with the same catalog functions as the real one. Two spellings of
 * one type, default, CHECK or index are thus compared as PostgreSQL itself normalises them. Used
 * only when the cheap textual comparison disagrees, so a re-run that finds everything in place
 * normally never probes.
 */
final class ShapeProbe {

    private static final String PROBE_TABLE = "aicare_probe";

    /** A column as PostgreSQL would store it. */
    record ProbedColumn(String type, String defaultExpression) {
    }

    @FunctionalInterface
    private interface Body<T> {
        T run(Statement statement) throws SQLException;
    }

    private final Connection connection;
    private final Statements statements;

    ShapeProbe(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Each column's {@code format_type} and {@code pg_get_expr} default, in the order given. */
    List<ProbedColumn> columns(String operation, List<ColumnDef> columns) {
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef column = columns.get(i);
            String type = column.serial() ? PgTypes.normalize(column.type()) : column.type();
            definitions.add("c" + i + " " + type + (column.defaultExpression() == null ? ""
                    : " DEFAULT " + column.defaultExpression()));
        }
        return rolledBack(operation, statement -> {
            statement.execute("CREATE TEMP TABLE " + PROBE_TABLE + " (" + String.join(", ", definitions) + ")");
            List<ProbedColumn> probed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
                    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    WHERE a.attrelid = 'pg_temp.%s'::regclass AND a.attnum > 0 ORDER BY a.attnum
                    """.formatted(PROBE_TABLE))) {
                while (rows.next()) {
                    probed.add(new ProbedColumn(rows.getString(1), rows.getString(2)));
                }
            }
            return probed;
        });
    }

    /** The default expression as stored on a column of {@code type}. */
    String defaultFor(String operation, String type, String expression) {
        return columns(operation, List.of(new ColumnDef("c", type, true, expression, null))).get(0).defaultExpression();
    }

    /** {@code pg_get_constraintdef} of {@code CHECK (expression)} on a copy of the table's columns. */
    String check(String operation, String schema, String table, String expression) {
        return rolledBack(operation, statement -> {
            statement.execute("CREATE TEMP TABLE " + PROBE_TABLE + " (LIKE " + qualified(schema, table) + ")");
            statement.execute(new Check("aicare_probe_check", expression).addSql("pg_temp", PROBE_TABLE, true));
            try (ResultSet rows = statement.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                    + "WHERE conrelid = 'pg_temp." + PROBE_TABLE + "'::regclass AND conname = 'aicare_probe_check'")) {
                rows.next();
                return stripNotValid(rows.getString(1));
            }
        });
    }

    /** What follows USING in {@code pg_get_indexdef} of the described index built on a copy of the table's columns. */
    String index(String operation, String schema, IndexDef index) {
        return rolledBack(operation, statement -> {
            statement.execute("CREATE TEMP TABLE " + PROBE_TABLE + " (LIKE " + qualified(schema, index.table()) + ")");
            statement.execute(index.statement("aicare_probe_index", PROBE_TABLE).sql("pg_temp"));
            try (ResultSet rows = statement.executeQuery("SELECT pg_get_indexdef('pg_temp.aicare_probe_index'::regclass)")) {
                rows.next();
                return LiveCatalog.IndexState.shapeOf(rows.getString(1));
            }
        });
    }

    /**
     * The table that {@code statements} create, as {@link CatalogReader} reads it, next to the
     * existing table of the same name as it reads that: both read with the same search path, so
     * names print alike. The statements run in a {@link ScratchSchema} put first on the search path.
     */
    SchemaSnapshot.TableSnapshot[] modelTable(String operation, String schema, String table, List<String> create) {
        return rolledBack(operation, statement -> {
            statement.execute("SET LOCAL search_path TO " + quote(schema) + ", pg_catalog");
            SchemaSnapshot existing = CatalogReader.read(connection, schema);
            SchemaSnapshot modelled = ScratchSchema.run(connection, "probe", List.of(schema, "pg_catalog"), scratch -> {
                for (String sql : create) {
                    statement.execute(sql);
                }
                return CatalogReader.read(connection, scratch);
            });
            return new SchemaSnapshot.TableSnapshot[] {modelled.table(table), existing.table(table)};
        });
    }

    private <T> T rolledBack(String operation, Body<T> body) {
        return statements.query(operation, () -> {
            boolean ownTransaction = connection.getAutoCommit();
            Savepoint savepoint = null;
            if (ownTransaction) {
                connection.setAutoCommit(false);
            } else {
                savepoint = connection.setSavepoint();
            }
            try (Statement statement = connection.createStatement()) {
                return body.run(statement);
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } else {
                    connection.rollback(savepoint);
                    connection.releaseSavepoint(savepoint);
                }
            }
        }, "-- probe (rolled back): " + operation, operation + ": PostgreSQL cannot build what the migration describes");
    }

    static String stripNotValid(String definition) {
        return definition.endsWith(" NOT VALID") ? definition.substring(0, definition.length() - " NOT VALID".length())
                : definition;
    }
}
