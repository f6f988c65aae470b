package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ConstraintState;
import id.ac.ugm.aicare.schema.migration.LiveCatalog.TableState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link SchemaMigrator#backfill}: rows updated in batches along the primary key, each batch its own transaction. */
final class BackfillRun extends Converger {

    BackfillRun(MigrationSession session) {
        super(session);
    }

    BackfillResult backfill(Backfill backfill) {
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
    String batchSql(String table, String key, String where, List<String> sets, boolean after) {
        return "WITH aicare_batch AS MATERIALIZED (SELECT " + key + " AS aicare_key FROM " + q(table) + " WHERE "
                + (after ? key + " > ? AND " : "") + "(" + where + ") ORDER BY " + key + " LIMIT ?), "
                + "aicare_updated AS (UPDATE " + q(table) + " AS aicare_target SET " + String.join(", ", sets)
                + " WHERE aicare_target." + key + " = ANY (ARRAY(SELECT aicare_key FROM aicare_batch)) AND (" + where
                + ") RETURNING 1) "
                + "SELECT (SELECT count(*) FROM aicare_updated), "
                + "(SELECT aicare_key FROM aicare_batch ORDER BY aicare_key DESC LIMIT 1), "
                + "(SELECT count(*) FROM aicare_batch)";
    }

    static void sleep(Duration pause) {
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
}
