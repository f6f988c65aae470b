import id.ac.ugm.aicare.schema.migration.Backfill;
import id.ac.ugm.aicare.schema.migration.BackfillResult;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An online backfill through the helpers ({@code SchemaMigrator.backfill}, batches along the primary
 * key) against one plain {@code UPDATE} of the same rows, each while a concurrent writer updates
 * random existing rows and inserts new ones, one row a statement, in a loop. Prints rows per second
 * of both and the writer's p50/p99/max latency during each. Each run starts from a freshly built
 * table (untimed), the two in turn.
 *
 * <p>Arguments: JDBC URL, user, rows, rounds, and optionally the batch size (default 10,000).
 */
public final class OnlineBackfill {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int rows = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        System.out.println(Figures.machine());
        List<Double> plainRates = new ArrayList<>();
        List<Double> helperRates = new ArrayList<>();
        List<Double> plainWrites = new ArrayList<>();
        List<Double> helperWrites = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean plainFirst = round % 2 == 0;
            for (boolean plain : plainFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                prepare(url, user, rows);
                Writer writer = new Writer(DriverManager.getConnection(url, user, ""), rows);
                Thread writing = new Thread(writer, "writer");
                writing.start();
                long start = System.nanoTime();
                long updated;
                try (Connection connection = DriverManager.getConnection(url, user, "")) {
                    updated = plain ? plainUpdate(connection) : helperBackfill(connection, batch);
                } finally {
                    writer.stop.set(true);
                    writing.join();
                    writer.connection.close();
                }
                double seconds = Figures.millisSince(start) / 1000;
                if (updated != rows) {
                    throw new IllegalStateException((plain ? "the plain UPDATE" : "the backfill") + " updated " + updated
                            + " rows, not " + rows);
                }
                if (writer.failure != null) {
                    throw new IllegalStateException("the writer failed", writer.failure);
                }
                (plain ? plainRates : helperRates).add(rows / seconds);
                (plain ? plainWrites : helperWrites).addAll(writer.latencies);
                System.out.println("  round " + (round + 1) + ", " + (plain ? "plain UPDATE" : "backfill") + ": "
                        + Figures.number(seconds) + " s, " + writer.latencies.size() + " writes; " + Figures.load());
            }
        }
        double ratio = Figures.median(helperRates) / Figures.median(plainRates);
        double p99 = Figures.percentile(helperWrites, 0.99);
        System.out.println(String.format("%,d rows, backfill batches of %,d, no pause; %d rounds, interleaved; %s",
                rows, batch, rounds, Figures.load()));
        System.out.println("| what | rows/s, median (range) | writer p50 | writer p99 | writer max | writes |");
        System.out.println("|---|---|---|---|---|---|");
        row("one plain UPDATE", plainRates, plainWrites);
        row("SchemaMigrator.backfill", helperRates, helperWrites);
        System.out.println("backfill against plain UPDATE: " + Figures.number(ratio) + "x the rows/s (target at least 0.5x"
                + (ratio >= 0.5 ? ", met" : ", NOT met") + "); writer p99 during the backfill " + Figures.number(p99)
                + " ms (target under 50 ms" + (p99 < 50 ? ", met" : ", NOT met") + ")");
    }

    private static void row(String what, List<Double> rates, List<Double> writes) {
        System.out.println("| " + what + " | " + Figures.summary(rates, "") + " | " + Figures.number(Figures.median(writes))
                + " ms | " + Figures.number(Figures.percentile(writes, 0.99)) + " ms | "
                + Figures.number(Collections.max(writes)) + " ms | " + writes.size() + " |");
    }

    private static void prepare(String url, String user, int rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS entries");
            statement.execute("CREATE TABLE entries (id bigserial PRIMARY KEY, owner_id bigint NOT NULL, "
                    + "visits integer NOT NULL DEFAULT 0, note text)");
            statement.execute("INSERT INTO entries (owner_id, note) SELECT g % 1000, 'row ' || g FROM generate_series(1, "
                    + rows + ") g");
            statement.execute("VACUUM ANALYZE entries");
            statement.execute("CHECKPOINT");
        }
    }

    private static long plainUpdate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("UPDATE entries SET visits = visits + 1 WHERE visits = 0");
        }
    }

    private static long helperBackfill(Connection connection, int batch) {
        try (SchemaMigrator migrator = SchemaMigrator.on(connection)) {
            BackfillResult result = migrator.backfill(Backfill.of("entries").set("visits", "visits + 1")
                    .where("visits = 0").batchSize(batch).pause(Duration.ZERO));
            return result.rows();
        }
    }

    /** Single-row updates of random existing rows and inserts, in turn, 1 ms apart, each timed. */
    private static final class Writer implements Runnable {
        final Connection connection;
        final int rows;
        final AtomicBoolean stop = new AtomicBoolean();
        final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        volatile Throwable failure;

        Writer(Connection connection, int rows) {
            this.connection = connection;
            this.rows = rows;
        }

        @Override
        public void run() {
            try (PreparedStatement update = connection.prepareStatement("UPDATE entries SET note = ? WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO entries (owner_id, visits, note) VALUES (?, 1, ?)")) {
                for (long i = 0; !stop.get(); i++) {
                    long start = System.nanoTime();
                    if (i % 2 == 0) {
                        update.setString(1, "written " + i);
                        update.setLong(2, 1 + ThreadLocalRandom.current().nextInt(rows));
                        update.executeUpdate();
                    } else {
                        insert.setLong(1, i % 1000);
                        insert.setString(2, "inserted " + i);
                        insert.executeUpdate();
                    }
                    latencies.add(Figures.millisSince(start));
                    Thread.sleep(1);
                }
            } catch (SQLException | InterruptedException | RuntimeException e) {
                failure = e;
            }
        }
    }
}
