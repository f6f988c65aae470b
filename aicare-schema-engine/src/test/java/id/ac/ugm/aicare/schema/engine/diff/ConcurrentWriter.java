package id.ac.ugm.aicare.schema.engine.diff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The service that keeps writing while a migration runs: it renames an entry and adds a writer,
 * again and again, in auto-commit, with statements valid before, during and after the migration,
 * and records the longest any of them waited.
 */
final class ConcurrentWriter implements AutoCloseable {

    private final DataSource dataSource;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    ConcurrentWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::write, "concurrent-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void write() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement rename = connection.prepareStatement("UPDATE fx_entries SET title = ? WHERE id = 1");
             PreparedStatement add = connection.prepareStatement("INSERT INTO fx_writers (name) VALUES (?)")) {
            long n = 0;
            while (running.get()) {
                n++;
                timed(() -> {
                    rename.setString(1, "renamed while migrating");
                    rename.executeUpdate();
                });
                long number = n;
                timed(() -> {
                    add.setString(1, "writer " + number);
                    add.executeUpdate();
                });
                Thread.sleep(2);
            }
        } catch (SQLException | InterruptedException e) {
            failures.add(e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void timed(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
            statements.incrementAndGet();
        } catch (SQLException e) {
            failures.add(e.getSQLState() + " " + e.getMessage());
        }
        longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
    }

    Duration longestWait() {
        return Duration.ofNanos(longestNanos.get());
    }

    long statements() {
        return statements.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }
}
