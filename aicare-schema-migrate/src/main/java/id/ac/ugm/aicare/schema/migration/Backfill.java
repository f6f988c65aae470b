package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.sql.SqlFragments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A batched {@code UPDATE} along the primary key, for {@link SchemaMigrator#backfill}.
 * {@code Backfill.of("journal_entries").set("mood_score", "0").where("mood_score IS NULL").batchSize(5_000)
 * .pause(Duration.ofMillis(100)).onProgress(p -> log.info("{}", p))}. Values given with
 * {@link #setValue} are bound as parameters; {@link #set} takes an SQL expression written by the
 * migration (it may use the row's columns).
 */
public record Backfill(String table, List<Assignment> assignments, String where, int batchSize, Duration pause,
                       Consumer<BackfillProgress> progress) {

    /** One {@code column = ...} of the SET list: an expression, or a value bound as a parameter. */
    public record Assignment(String column, String expression, Object value, boolean bound) {
        public Assignment {
            validate(column);
            if (!bound) {
                expression = SqlFragments.expression(expression, "value expression for " + column);
            }
        }
    }

    public Backfill {
        validate(table);
        assignments = List.copyOf(assignments);
        if (where != null) {
            where = SqlFragments.expression(where, "backfill condition");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(progress, "progress");
    }

    /** A backfill of the table: batches of 1000 rows, 50 ms apart, no condition yet. */
    public static Backfill of(String table) {
        return new Backfill(table, List.of(), null, 1000, Duration.ofMillis(50), progress -> { });
    }

    /** {@code column = expression}, an SQL expression such as {@code lower(email)} or {@code 'neutral'}. */
    public Backfill set(String column, String expression) {
        return with(new Assignment(column, expression, null, false));
    }

    /** {@code column = ?}, the value bound as a parameter. */
    public Backfill setValue(String column, Object value) {
        return with(new Assignment(column, null, value, true));
    }

    /** Only rows where this holds; make it false for rows already done, so that a re-run finds nothing to do. */
    public Backfill where(String condition) {
        return new Backfill(table, assignments, condition, batchSize, pause, progress);
    }

    public Backfill batchSize(int rows) {
        return new Backfill(table, assignments, where, rows, pause, progress);
    }

    /** The pause between batches, to let replication and other writers keep up. */
    public Backfill pause(Duration between) {
        return new Backfill(table, assignments, where, batchSize, between, progress);
    }

    public Backfill onProgress(Consumer<BackfillProgress> listener) {
        return new Backfill(table, assignments, where, batchSize, pause, listener);
    }

    private Backfill with(Assignment assignment) {
        List<Assignment> all = new ArrayList<>(assignments);
        all.add(assignment);
        return new Backfill(table, all, where, batchSize, pause, progress);
    }
}
