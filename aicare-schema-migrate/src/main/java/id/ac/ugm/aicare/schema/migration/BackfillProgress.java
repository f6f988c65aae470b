package id.ac.ugm.aicare.schema.migration;

import java.time.Duration;

/**
 * Where a backfill stands after a batch.
 *
 * @param table     the table being updated
 * @param batch     1-based number of the batch just committed
 * @param batchRows rows that batch updated
 * @param totalRows rows updated so far
 * @param lastKey   the highest primary key done so far; the next batch starts after it
 * @param elapsed   time since the backfill started
 */
public record BackfillProgress(String table, int batch, long batchRows, long totalRows, Object lastKey, Duration elapsed) {

    @Override
    public String toString() {
        return "backfill " + table + ": batch " + batch + ", " + batchRows + " rows (" + totalRows + " so far, up to key "
                + lastKey + ", " + elapsed.toMillis() + " ms)";
    }
}
